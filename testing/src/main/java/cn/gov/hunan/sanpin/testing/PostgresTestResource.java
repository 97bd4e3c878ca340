package cn.gov.hunan.sanpin.testing;

import cn.gov.hunan.sanpin.devstack.PostgresLocator;
import cn.gov.hunan.sanpin.devstack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * A clean database on a real PostgreSQL for a service's tests, found by the same rule as the local stack
 * ({@link PostgresLocator}: configured, else 127.0.0.1:5432, else embedded). The database is dropped and
 * created anew at the start of each test run, so runs never see each other's rows.
 * Init arg {@code database}: the database name, e.g. {@code sanpin_application_test}; the environment's
 * {@code SANPIN_TEST_DB_SUFFIX}, if set, is appended, so two checkouts can run their tests side by side.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "sanpin_test") + System.getenv().getOrDefault("SANPIN_TEST_DB_SUFFIX", "");
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresLocator.locate(Path.of(System.getProperty("java.io.tmpdir"), "embedded-postgres"), 0);
        server.recreateDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password() == null ? "" : server.password());
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run recreates it.
    }
}

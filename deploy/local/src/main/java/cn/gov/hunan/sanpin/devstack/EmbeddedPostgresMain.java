package cn.gov.hunan.sanpin.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the embedded PostgreSQL for {@code ./sanpin} (step 3 of {@link PostgresLocator}'s rule; the script calls it
 * only after {@link LocateMain} said {@code EMBEDDED_NEEDED}, so it starts the embedded server even if another one
 * answers on 5432).
 *
 * <pre>
 * java -cp deploy/local/target/sanpin-devstack-1.0.0-SNAPSHOT.jar:deploy/local/target/lib/* \
 *     cn.gov.hunan.sanpin.devstack.EmbeddedPostgresMain --data .local/pgdata --port 15432 [--databases a,b,c]
 * </pre>
 *
 * <p>Starts the server with its data in {@code --data} (kept across runs; initdb on first use), on
 * {@code 127.0.0.1:--port} (0 = a free port), user {@code postgres}, trust authentication; creates the listed
 * databases if absent; prints one line {@code READY <port>} on stdout (everything else goes to stderr); then runs
 * until SIGTERM or SIGINT, when a shutdown hook stops PostgreSQL ({@code pg_ctl stop -m fast}) before the JVM exits.
 * If PostgreSQL dies on its own, the process exits with status 1. Leftovers of a killed earlier run (a postgres
 * still running on the data directory, a stale {@code postmaster.pid}) are cleared first.
 *
 * <p>Exit status: 0/143 after a signal, 1 if the server could not start or died, 2 for bad arguments.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) {
        Logging.forCommandLine();
        PostgresLocator.logEverything(); // stderr is the server's log (./sanpin: .local/logs/postgres.log)
        Path data = null;
        int port = 15432;
        List<String> databases = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("-h") || option.equals("--help")) {
                    usage(null, 0);
                }
                if (i + 1 >= args.length) {
                    usage("missing value for " + option, 2);
                }
                String value = args[++i];
                switch (option) {
                    case "--data" -> data = Path.of(value);
                    case "--port" -> port = port(value);
                    case "--databases" -> databases.addAll(LocateMain.names(value));
                    default -> usage("unknown option " + option, 2);
                }
            }
            if (data == null) {
                usage("--data is required", 2);
            }
            databases.forEach(PostgresServer::checkName);
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            usage(e.getMessage(), 2);
        }

        PostgresServer server;
        try {
            server = PostgresLocator.startEmbedded(data, port);
            for (String name : databases) {
                server.ensureDatabase(name);
            }
        } catch (RuntimeException e) {
            System.err.println("embedded PostgreSQL failed: " + e.getMessage());
            System.exit(1); // the shutdown hook stops a server that did start
            return;
        }
        System.out.println("READY " + server.port());
        System.out.flush();

        // Wait for the postmaster to exit: after SIGTERM/SIGINT the shutdown hook stops it; otherwise it died.
        Optional<ProcessHandle> postmaster = PostgresLocator.embeddedPostmaster();
        if (postmaster.isEmpty()) {
            System.err.println("embedded PostgreSQL: cannot find the postmaster process; stopping");
            System.exit(1);
        }
        postmaster.get().onExit().join();
        if (!PostgresLocator.isStopping()) {
            System.err.println("embedded PostgreSQL (pid " + postmaster.get().pid() + ") exited unexpectedly; see the log above");
            System.exit(1);
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port " + value + ": not a TCP port (0-65535)");
    }

    private static void usage(String problem, int status) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("usage: EmbeddedPostgresMain --data DIR [--port PORT (default 15432, 0 = free)] [--databases a,b,c]");
        System.exit(status);
    }
}

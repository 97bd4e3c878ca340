package cn.gov.hunan.sanpin.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Steps 1 and 2 of {@link PostgresLocator}'s rule for {@code ./sanpin}, printed as lines a shell can {@code eval}:
 *
 * <pre>
 * java -cp deploy/local/target/sanpin-devstack-1.0.0-SNAPSHOT.jar:deploy/local/target/lib/* \
 *     cn.gov.hunan.sanpin.devstack.LocateMain [--ensure-databases a,b,c | --recreate-databases a,b,c]
 *
 * SANPIN_DB_ORIGIN=LOCAL          (or CONFIGURED)
 * SANPIN_DB_HOST=127.0.0.1
 * SANPIN_DB_PORT=5432
 * SANPIN_DB_USER=postgres
 * </pre>
 *
 * <p>It never starts a server: when neither a configured nor the local server answers it prints only
 * {@code SANPIN_DB_ORIGIN=EMBEDDED_NEEDED} (and creates no databases), and the script starts
 * {@link EmbeddedPostgresMain}. The password is never printed (the script keeps {@code SANPIN_DB_PASSWORD} from its
 * environment). With {@code --ensure-databases} the listed databases are created on the server found, if absent;
 * with {@code --recreate-databases} they are dropped and created empty (the stack test's clean slate).
 *
 * <p>Exit status 0 with the lines above on stdout; otherwise nothing on stdout, a message on stderr, and status 1
 * ({@code SANPIN_DB_HOST} set but not answering, databases not creatable) or 2 (bad arguments). Log lines go to
 * stderr. Call it as {@code out=$(… LocateMain …) || exit; eval "$out"} so that a failure stops the script.
 */
public final class LocateMain {

    private static final String USAGE = "usage: LocateMain [--ensure-databases a,b,c | --recreate-databases a,b,c]";
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_.:/@%+,=-]+");

    private LocateMain() {
    }

    public static void main(String[] args) {
        Logging.forCommandLine();
        List<String> databases = List.of();
        boolean recreate = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--ensure-databases", "--recreate-databases" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + args[i]);
                        }
                        recreate = args[i].equals("--recreate-databases");
                        databases = names(args[++i]);
                        databases.forEach(PostgresServer::checkName);
                    }
                    case "-h", "--help" -> {
                        System.err.println(USAGE);
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }

        try {
            PostgresLocator.Decision decision = PostgresLocator.decide(System.getenv(), PostgresLocator.LOCAL_PORT);
            if (decision.server().isEmpty()) {
                System.err.println(decision.reason() + ": the embedded server is needed");
                System.out.println("SANPIN_DB_ORIGIN=EMBEDDED_NEEDED");
                System.out.flush();
                return;
            }
            System.err.println(decision.reason());
            PostgresServer server = decision.server().get();
            for (String name : databases) {
                if (recreate) {
                    server.recreateDatabase(name);
                } else {
                    server.ensureDatabase(name);
                }
            }
            System.out.println(assignments(server));
            System.out.flush();
        } catch (RuntimeException e) {
            System.err.println("PostgreSQL: " + e.getMessage());
            System.exit(1);
        }
    }

    static String assignments(PostgresServer server) {
        return "SANPIN_DB_ORIGIN=" + server.origin() + "\n"
                + "SANPIN_DB_HOST=" + quote(server.host()) + "\n"
                + "SANPIN_DB_PORT=" + server.port() + "\n"
                + "SANPIN_DB_USER=" + quote(server.user());
    }

    static String quote(String value) {
        return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

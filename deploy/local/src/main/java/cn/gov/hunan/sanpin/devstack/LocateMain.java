package cn.gov.hunan.sanpin.devstack;

import java.util.Optional;

/**
 * For ./sanpin: prints the configured or local server as shell assignments ({@code SANPIN_DB_ORIGIN=…} …), or
 * {@code SANPIN_DB_ORIGIN=EMBEDDED_NEEDED} — it never starts a server itself. With {@code --ensure-databases a,b}
 * it also creates those databases on the server it found.
 */
public final class LocateMain {

    public static void main(String[] args) {
        Optional<PostgresServer> found = PostgresLocator.configuredOrLocal(System.getenv());
        if (found.isEmpty()) {
            System.out.println("SANPIN_DB_ORIGIN=EMBEDDED_NEEDED");
            return;
        }
        PostgresServer server = found.get();
        if (args.length == 2 && args[0].equals("--ensure-databases")) {
            for (String name : args[1].split(",")) {
                server.ensureDatabase(name.trim());
            }
        }
        System.out.println("SANPIN_DB_ORIGIN=" + server.origin());
        System.out.println("SANPIN_DB_HOST=" + server.host());
        System.out.println("SANPIN_DB_PORT=" + server.port());
        System.out.println("SANPIN_DB_USER=" + server.user());
    }
}

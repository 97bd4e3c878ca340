package cn.gov.hunan.sanpin.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL for ./sanpin until the process is told to stop (SIGTERM or Ctrl-C), then stops
 * the server cleanly. Arguments: {@code --data DIR --port PORT [--databases a,b,c]}. Prints {@code READY <port>}.
 */
public final class EmbeddedPostgresMain {

    public static void main(String[] args) throws InterruptedException {
        Path data = null;
        int port = 15432;
        String databases = "";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--databases" -> databases = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("usage: --data DIR --port PORT [--databases a,b,c]");
        }
        PostgresServer server = PostgresLocator.startEmbedded(data.toAbsolutePath(), port);
        for (String name : databases.split(",")) {
            if (!name.isBlank()) {
                server.ensureDatabase(name.trim());
            }
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        // The shutdown hook registered by the locator stops PostgreSQL; this thread only has to wait.
        new CountDownLatch(1).await();
    }
}

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the submission benchmark: the benchmark's evidence (2 MiB an enterprise, six files) stored the way
 * PostgresBlobStore stores it (256 KiB chunks, one insert per transaction without waiting for the disk, then the
 * file's own row with a synchronous commit), from plain JDBC with no service in between. Prints the rate and the CPU
 * PostgreSQL and this client spent per MB: what storing evidence costs before any HTTP, hashing or checking.
 * Run through raw-ingest.sh: {@code java RawIngest.java <jdbc:postgresql://host:port/> <user> <connections> <enterprises>},
 * in a scratch database of its own, dropped afterwards.
 */
public class RawIngest {

    static final int CHUNK_BYTES = 262_144; // sanpin.evidence.chunk-bytes
    static final int FILE_BYTES = 2 * 1_048_576 / 6;
    static final double MB = 1_048_576;
    static final String SCRATCH_DATABASE = "sanpin_bench_raw";

    public static void main(String[] args) throws Exception {
        String server = args[0];
        String credentials = "?user=" + args[1] + "&password=" + System.getenv().getOrDefault("SANPIN_DB_PASSWORD", "");
        int threads = Integer.parseInt(args[2]);
        int files = Integer.parseInt(args[3]) * 6;
        dropScratchDatabase(server + "postgres" + credentials, true);
        try {
            measure(server + SCRATCH_DATABASE + credentials, threads, files);
        } finally {
            dropScratchDatabase(server + "postgres" + credentials, false);
        }
    }

    static void dropScratchDatabase(String url, boolean andCreateAnew) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + SCRATCH_DATABASE);
            if (andCreateAnew) {
                statement.execute("create database " + SCRATCH_DATABASE);
            }
        }
    }

    static void measure(String url, int threads, int files) throws Exception {
        createTables(url);

        byte[] random = new byte[FILE_BYTES + files];
        new Random(1).nextBytes(random); // incompressible, like the PDFs and images evidence is
        AtomicInteger nextFile = new AtomicInteger();
        // Connections stay open until PostgreSQL's CPU is read: a closed connection's backend takes its time with it.
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(DriverManager.getConnection(url));
        }
        var client = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long postgresTicksBefore = postgresTicks();
        long clientNanosBefore = client.getProcessCpuTime();
        long started = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Void>> running = new ArrayList<>();
        for (Connection connection : connections) {
            running.add(pool.submit(() -> {
                storeFiles(connection, random, nextFile, files);
                return null;
            }));
        }
        for (Future<Void> thread : running) {
            thread.get();
        }
        pool.shutdown();

        double seconds = (System.nanoTime() - started) / 1e9;
        double postgresSeconds = (postgresTicks() - postgresTicksBefore) / 100.0; // USER_HZ
        double clientSeconds = (client.getProcessCpuTime() - clientNanosBefore) / 1e9;
        for (Connection connection : connections) {
            connection.close();
        }
        double megabytes = files * (double) FILE_BYTES / MB;
        System.out.printf("raw ingest: %d files, %.0f MB in %.1f s by %d connections: %.1f MB/s%n",
                files, megabytes, seconds, threads, megabytes / seconds);
        System.out.printf("  PostgreSQL   %.2f cores, %.1f ms of CPU per MB%n", postgresSeconds / seconds, postgresSeconds * 1000 / megabytes);
        System.out.printf("  JDBC client  %.2f cores, %.1f ms of CPU per MB%n", clientSeconds / seconds, clientSeconds * 1000 / megabytes);
    }

    static void createTables(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            // As the application's migrations V8, V10 and V13 leave them, less what a bare insert does not touch.
            statement.execute("create table blob_chunk (storage_name varchar(64) not null, seq integer not null,"
                    + " data bytea not null, written_at timestamptz not null default now(), primary key (storage_name, seq))");
            statement.execute("create index blob_chunk_written on blob_chunk (written_at)");
            statement.execute("alter table blob_chunk alter column data set storage external");
            statement.execute("create table evidence (id bigserial primary key, storage_name varchar(64) not null unique)");
            statement.execute("checkpoint");
        }
    }

    static void storeFiles(Connection connection, byte[] random, AtomicInteger nextFile, int files) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement noFlush = connection.prepareStatement("set local synchronous_commit to off");
                PreparedStatement chunk = connection.prepareStatement("insert into blob_chunk (storage_name, seq, data) values (?, ?, ?)");
                PreparedStatement file = connection.prepareStatement("insert into evidence (storage_name) values (?)")) {
            for (int f = nextFile.getAndIncrement(); f < files; f = nextFile.getAndIncrement()) {
                String storageName = UUID.randomUUID().toString();
                for (int seq = 0, at = 0; at < FILE_BYTES; seq++, at += CHUNK_BYTES) {
                    noFlush.execute();
                    chunk.setString(1, storageName);
                    chunk.setInt(2, seq);
                    chunk.setBytes(3, Arrays.copyOfRange(random, f + at, f + Math.min(at + CHUNK_BYTES, FILE_BYTES)));
                    chunk.executeUpdate();
                    connection.commit();
                }
                file.setString(1, storageName);
                file.executeUpdate();
                connection.commit();
            }
        }
    }

    /** CPU ticks of every PostgreSQL process so far (utime + stime from /proc), as the benchmark counts them. */
    static long postgresTicks() throws Exception {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                try {
                    if (!Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                        continue;
                    }
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException ended) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }
}

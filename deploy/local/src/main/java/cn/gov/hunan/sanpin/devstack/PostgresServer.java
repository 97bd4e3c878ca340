package cn.gov.hunan.sanpin.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server the stack or a test uses (found by {@link PostgresLocator}), and the databases on it.
 *
 * <p>Database names must match {@code [a-z][a-z0-9_]{0,62}}: lower case, so they never need quoting in SQL or in
 * a JDBC URL, and at most 63 characters, PostgreSQL's limit. {@link #toString()} never shows the password.
 *
 * @param host     host name or address, e.g. {@code 127.0.0.1}
 * @param port     TCP port
 * @param user     the role to connect as; it must be allowed to create databases
 * @param password its password, {@code ""} for trust authentication (never {@code null})
 * @param origin   which step of the rule found this server
 */
public record PostgresServer(String host, int port, String user, String password, Origin origin) {

    /** Which step of {@link PostgresLocator}'s rule found the server. */
    public enum Origin {
        /** Named by {@code SANPIN_DB_HOST}. */
        CONFIGURED,
        /** The server on 127.0.0.1:5432. */
        LOCAL,
        /** Started by this JVM from the zonky binaries. */
        EMBEDDED
    }

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505"; // CREATE DATABASE racing another one for the same name
    private static final String OBJECT_IN_USE = "55006"; // "source database template1 is being accessed by other users"

    public PostgresServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(origin, "origin");
        password = password == null ? "" : password;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
    }

    /** {@code jdbc:postgresql://host:port/database}; the name is checked like a database name. */
    public String jdbcUrl(String database) {
        checkName(database);
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6 literal
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /**
     * Creates the database unless it exists. Idempotent, and safe when several processes (parallel test JVMs, the
     * stack script) race for the same name: losing the race counts as success.
     *
     * @return {@code true} if this call created it
     * @throws IllegalArgumentException if the name is not a valid database name
     * @throws IllegalStateException    if the server refuses (e.g. the role may not create databases)
     */
    public boolean ensureDatabase(String name) {
        checkName(name);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                if (exists(c, name)) {
                    return false;
                }
                s.execute("create database " + name);
                return true;
            } catch (SQLException e) {
                String state = e.getSQLState();
                if (DUPLICATE_DATABASE.equals(state) || UNIQUE_VIOLATION.equals(state)) {
                    return false; // another process created it between our check and our CREATE
                }
                if (OBJECT_IN_USE.equals(state) && attempt < 20) {
                    pause(); // somebody is connected to template1 for a moment; try again
                    continue;
                }
                throw new IllegalStateException("cannot create database " + name + " on " + this + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Drops the database (ending every session connected to it) and creates it empty: a clean slate for a test run.
     *
     * @throws IllegalArgumentException if the name is not a valid database name
     * @throws IllegalStateException    if the server refuses
     */
    public void recreateDatabase(String name) {
        checkName(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            // WITH (FORCE) (PostgreSQL 13+) also ends sessions that connect between the terminate and the drop.
            boolean force = c.getMetaData().getDatabaseMajorVersion() >= 13;
            try (PreparedStatement terminate = c.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                terminate.setString(1, name);
                terminate.executeQuery().close();
            }
            s.execute("drop database if exists " + name + (force ? " with (force)" : ""));
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + " on " + this + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database exists. */
    public boolean databaseExists(String name) {
        checkName(name);
        try (Connection c = connect("postgres")) {
            return exists(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list databases on " + this + ": " + e.getMessage(), e);
        }
    }

    /** A new connection to the database, as {@link #user()}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return connect(database, CONNECT_TIMEOUT);
    }

    Connection connect(String database, Duration timeout) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        props.setProperty("connectTimeout", seconds);
        props.setProperty("loginTimeout", seconds);
        props.setProperty("ApplicationName", "sanpin-devstack");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Rejects anything but {@code [a-z][a-z0-9_]{0,62}}, so names can go into SQL unquoted. */
    static String checkName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name (wanted [a-z][a-z0-9_]{0,62}): "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to create a database", e);
        }
    }

    @Override
    public String toString() {
        return origin.name().toLowerCase() + " PostgreSQL at " + host + ":" + port + " as " + user;
    }
}

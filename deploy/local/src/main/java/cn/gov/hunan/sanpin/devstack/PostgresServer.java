package cn.gov.hunan.sanpin.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** A PostgreSQL server the stack or a test may use, and the databases on it. */
public record PostgresServer(String host, int port, String user, String password, Origin origin) {

    public enum Origin { CONFIGURED, LOCAL, EMBEDDED }

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists; safe when two processes race for it. */
    public void ensureDatabase(String name) {
        checkName(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another process won the race
                throw new IllegalStateException("cannot create database " + name + " on " + this + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drops and creates the database: a clean slate for a test run. */
    public void recreateDatabase(String name) {
        checkName(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "' and pid <> pg_backend_pid()");
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + name + " on " + this + ": " + e.getMessage(), e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password == null ? "" : password);
    }

    private static void checkName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
    }

    @Override
    public String toString() {
        return origin.name().toLowerCase() + " PostgreSQL at " + host + ":" + port;
    }
}

package org.inkwell.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * A data folder of the embedded PostgreSQL as someone else on the machine finds it: the port in
 * {@code postmaster.pid}, the passwords in {@code inkwell-database.properties}, {@code pg_hba.conf}.
 */
public record EmbeddedDatabaseFolder(Path path) {

    public static final String PASSWORD_FILE = "inkwell-database.properties";

    /** The running server's port, from the fourth line of {@code postmaster.pid}. */
    public int port() {
        try {
            List<String> lines = Files.readAllLines(path.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return Integer.parseInt(lines.get(3).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path passwordFile() {
        return path.resolve(PASSWORD_FILE);
    }

    public Properties passwords() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(passwordFile(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public String user() {
        return passwords().getProperty("user");
    }

    public String password() {
        return passwords().getProperty("password");
    }

    public String superuserPassword() {
        return passwords().getProperty("superuser.password");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    /** A connection over TCP to 127.0.0.1; {@code password} null sends none. */
    public Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /** The non-comment lines of {@code pg_hba.conf}. */
    public List<String> clientAuthenticationRules() {
        try {
            return Files.readAllLines(path.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

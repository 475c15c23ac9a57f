package org.inkwell.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the service runs itself when no external database is configured. Its data
 * folder outlives the process, so a restart keeps every account and message.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String LOOPBACK = "127.0.0.1";

    private final EmbeddedPostgres postgres;
    private final DatabasePasswords passwords;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DatabasePasswords passwords) {
        this.postgres = postgres;
        this.passwords = passwords;
    }

    static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) throws IOException {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        stopOrphanedServer(dataDir);
        Folder folder = Folder.of(dataDir);
        DatabasePasswords passwords = passwordsFor(folder, dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Closed by Spring after everything that uses it; its own hook would stop it mid-shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Durable commits stay on: an acknowledged message must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                // Not "localhost", which may also mean ::1 or, misconfigured, a routable address.
                .setServerConfig("listen_addresses", LOOPBACK)
                .setServerConfig("password_encryption", "scram-sha-256")
                // The library checks that the server is up by connecting as the superuser.
                .setConnectConfig("password", passwords.superuser());
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        Path initdbPassword = null;
        if (folder == Folder.NEW) {
            // The library runs initdb with "-A trust"; its locale options are initdb's only other
            // arguments and come later, so these override that: the superuser has a password from the
            // very first start, and no rule ever trusted anyone.
            initdbPassword = passwords.writeSuperuserPasswordForInitdb();
            builder.setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initdbPassword.toString())
                    .setDataDirectoryCustomizer(initialised -> keepPasswords(passwords, dataDir));
        }
        Instant started = Instant.now();
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, passwords);
        try {
            server.establishOwnerRole(folder, dataDir);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(server);
            throw e instanceof IOException io ? io : new IOException("Could not set up the embedded PostgreSQL's roles", e);
        }
        log.info("Embedded PostgreSQL on port {} with data in {} (started in {} ms)", postgres.getPort(), dataDir,
                Duration.between(started, Instant.now()).toMillis());
        return server;
    }

    private static DatabasePasswords passwordsFor(Folder folder, Path dataDir) throws IOException {
        return switch (folder) {
            case NEW -> DatabasePasswords.generate();
            case TRUSTING -> {
                Optional<DatabasePasswords> kept = DatabasePasswords.read(dataDir);
                if (kept.isPresent()) {
                    yield kept.get();
                }
                // Kept before the server starts: should this start fail half-way, the next one sets the
                // same passwords instead of losing them.
                log.info("Giving the embedded PostgreSQL in {} passwords (kept in {}) in place of trust",
                        dataDir, DatabasePasswords.FILE_NAME);
                DatabasePasswords made = DatabasePasswords.generate();
                made.write(dataDir);
                yield made;
            }
            case PASSWORDS -> DatabasePasswords.read(dataDir).orElseThrow(() -> new IllegalStateException(
                    dataDir + " needs passwords but has no " + DatabasePasswords.FILE_NAME
                            + "; restore that file, or delete the folder to start from scratch"));
        };
    }

    private static void keepPasswords(DatabasePasswords passwords, Path dataDir) {
        try {
            passwords.write(dataDir);
            ClientAuthentication.requirePasswords(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void establishOwnerRole(Folder folder, Path dataDir) throws IOException, SQLException {
        Properties superuser = new Properties();
        superuser.setProperty("user", DatabasePasswords.SUPERUSER);
        superuser.setProperty("password", passwords.superuser());
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), superuser)) {
            OwnerRole.establish(connection, passwords, folder == Folder.TRUSTING);
            if (folder == Folder.TRUSTING) {
                ClientAuthentication.requirePasswords(dataDir);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_reload_conf()");
                }
                log.info("The embedded PostgreSQL in {} now asks every connection for a password", dataDir);
            }
        }
    }

    /** {@link #start} for a background thread, which cannot throw checked exceptions. */
    static EmbeddedPostgresServer startOrFail(DatabaseProperties.Embedded settings) {
        try {
            return start(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void closeQuietly(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres";
    }

    /** The role the service connects as: it owns the data and is no superuser. */
    String user() {
        return DatabasePasswords.OWNER_ROLE;
    }

    String password() {
        return passwords.owner();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** What a data folder holds when the service starts on it. */
    private enum Folder {
        /** Nothing yet: initdb makes it, with passwords from the start. */
        NEW,
        /** Made by an earlier version, which trusted every local connection: given passwords on this start. */
        TRUSTING,
        /** Every connection needs a password from the folder's password file. */
        PASSWORDS;

        static Folder of(Path dataDir) throws IOException {
            if (!Files.exists(dataDir.resolve("postgresql.conf"))) {
                return NEW;
            }
            return ClientAuthentication.trustsAnyone(dataDir) ? TRUSTING : PASSWORDS;
        }
    }

    /**
     * A service killed with {@code kill -9} leaves its PostgreSQL running and holding the data folder.
     * Stopping that server (a smart shutdown: its clients died with the service) lets this start reuse
     * the folder instead of failing.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier process", pid, dataDir);
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}

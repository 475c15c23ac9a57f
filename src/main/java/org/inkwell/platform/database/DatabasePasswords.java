package org.inkwell.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL: one for the role the service connects as, which owns its
 * data, and one for the superuser, used only to set that role up. Made at the first start and kept in
 * the data folder in a file only the service's own account may read, so that whoever can read the
 * data folder (and nobody else) can connect.
 */
record DatabasePasswords(String owner, String superuser) {

    static final String FILE_NAME = "inkwell-database.properties";
    static final String OWNER_ROLE = "inkwell";
    static final String SUPERUSER = "postgres";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }

    static DatabasePasswords generate() {
        return new DatabasePasswords(randomPassword(), randomPassword());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The passwords kept in the data folder, if it has them; the file is made owner-only again if it was not. */
    static Optional<DatabasePasswords> read(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String owner = properties.getProperty("password");
        String superuser = properties.getProperty("superuser.password");
        if (owner == null || owner.isBlank() || superuser == null || superuser.isBlank()) {
            throw new IllegalStateException(file + " lacks password or superuser.password");
        }
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return Optional.of(new DatabasePasswords(owner.strip(), superuser.strip()));
    }

    /** Written whole or not at all: a crash mid-write must not leave a folder whose passwords are lost. */
    void write(Path dataDir) throws IOException {
        Path temporary = ownerOnlyTemporaryFile(dataDir);
        try {
            Files.writeString(temporary, """
                    # The embedded PostgreSQL's roles and their passwords, made at its first start. The service
                    # connects as `user`, which owns the data; `superuser` is for maintenance only.
                    user=%s
                    password=%s
                    superuser=%s
                    superuser.password=%s
                    """.formatted(OWNER_ROLE, owner, SUPERUSER, superuser), StandardCharsets.UTF_8);
            Files.move(temporary, file(dataDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A file for initdb's {@code --pwfile}, outside the data folder (initdb wants that empty); delete it after. */
    Path writeSuperuserPasswordForInitdb() throws IOException {
        Path temporary = ownerOnlyTemporaryFile(null);
        Files.writeString(temporary, superuser + "\n", StandardCharsets.UTF_8);
        return temporary;
    }

    private static Path ownerOnlyTemporaryFile(Path directory) throws IOException {
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        return directory == null
                ? Files.createTempFile("inkwell-pw", ".tmp", attributes)
                : Files.createTempFile(directory, ".inkwell-pw", ".tmp", attributes);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** 192 random bits, URL-safe so that it needs no quoting in a JDBC URL, a shell or a properties file. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

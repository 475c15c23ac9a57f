package org.inkwell.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: who may connect and how they prove it. Data folders
 * made before the service had passwords trust every local connection as any role, superuser included;
 * the service replaces that file once their roles have passwords.
 */
final class ClientAuthentication {

    static final String FILE_NAME = "pg_hba.conf";

    private static final String PASSWORDS_ONLY = """
            # Written by Inkwell: every connection proves a password (scram-sha-256); nobody is trusted.
            # The passwords are in inkwell-database.properties beside this file. The server listens on
            # 127.0.0.1 only (listen_addresses, set at every start).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private ClientAuthentication() {
    }

    /** Whether any rule lets a connection in without a password, as the folders of earlier versions did. */
    static boolean trustsAnyone(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
    }

    /** Takes effect at the next start, or at once on a running server after {@code pg_reload_conf()}. */
    static void requirePasswords(Path dataDir) throws IOException {
        Path temporary = Files.createTempFile(dataDir, ".pg_hba", ".tmp");
        try {
            Files.writeString(temporary, PASSWORDS_ONLY, StandardCharsets.UTF_8);
            Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

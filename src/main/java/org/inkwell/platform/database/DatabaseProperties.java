package org.inkwell.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} the service starts its own PostgreSQL from the
 * Maven-served binaries, keeping its files in {@code embedded.dataDir} across restarts, its passwords
 * among them ({@code inkwell-database.properties}).
 * Environment: {@code INKWELL_DATABASE_URL}, {@code INKWELL_DATABASE_USER}, {@code INKWELL_DATABASE_PASSWORD}.
 */
@ConfigurationProperties("inkwell.database")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("20") int maxPoolSize,
        @DefaultValue Embedded embedded) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public record Embedded(@DefaultValue("data") Path dataDir, @DefaultValue("0") int port) {
    }
}

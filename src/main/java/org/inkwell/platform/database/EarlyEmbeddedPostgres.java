package org.inkwell.platform.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so the
 * server (half a second warm, seconds on a fresh folder) comes up while Spring builds the application
 * instead of before it. Registered by {@code InkwellApplication.main} only: tests set their data folder
 * later in the context's life and start the server as a bean, the plain way.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<SpringApplicationEvent> {

    private static volatile Started started;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            DatabaseProperties properties = Binder.get(prepared.getEnvironment())
                    .bindOrCreate("inkwell.database", DatabaseProperties.class);
            if (!properties.external()) {
                DatabaseProperties.Embedded settings = properties.embedded();
                started = new Started(settings.dataDir().toAbsolutePath().normalize(), settings.port(),
                        CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.startOrFail(settings)));
            }
        } else if (event instanceof ApplicationFailedEvent) {
            Started unclaimed = started;
            started = null;
            if (unclaimed != null) {
                unclaimed.server().thenAccept(EmbeddedPostgresServer::closeQuietly);
            }
        }
    }

    /** The server started early for these settings, handed over once; else a new one, started now. */
    static EmbeddedPostgresServer serverFor(DatabaseProperties.Embedded settings) throws java.io.IOException {
        Started early = started;
        started = null;
        if (early != null && early.dataDir().equals(settings.dataDir().toAbsolutePath().normalize())
                && early.port() == settings.port()) {
            try {
                return early.server().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        return EmbeddedPostgresServer.start(settings);
    }

    private record Started(Path dataDir, int port, CompletableFuture<EmbeddedPostgresServer> server) {
    }
}

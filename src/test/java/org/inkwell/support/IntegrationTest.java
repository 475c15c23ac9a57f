package org.inkwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as users meet it: started once per test run in demo mode on its embedded PostgreSQL,
 * called over HTTP. Tests share that one service, so each creates what it needs under fresh names
 * and never relies on what another test did. The test client stands in for a reverse proxy (see
 * {@link Api}), so each test's logins count against an address of its own. After each class the ledger's
 * invariants are checked on the shared database ({@link LedgerInvariants}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"inkwell.demo=true", "inkwell.mail.poll-interval=PT1S",
                "inkwell.security.trusted-proxies=127.0.0.1/32,::1/128",
                "inkwell.metrics.scrape-token=" + IntegrationTest.SCRAPE_TOKEN})
@Import(TestClock.Config.class)
@ExtendWith(LedgerInvariants.class)
public abstract class IntegrationTest {

    /** What the test service's Prometheus scrape configuration would send as its bearer token. */
    public static final String SCRAPE_TOKEN = "test-scrape-token-0123456789abcdef";

    private static final Path DATA = newDataDirectory();

    @LocalServerPort
    private int port;

    @Autowired
    protected TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("inkwell.database.embedded.data-dir", DATA::toString);
    }

    /** The shared service's data folder, for tests of what it keeps there. */
    protected static Path dataDirectory() {
        return DATA;
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh data folder under {@code target/}, so a test run never meets an earlier run's data. */
    public static Path newDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-databases"));
            return Files.createTempDirectory(parent.toAbsolutePath(), "pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.inkwell.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service in a JVM of its own, so a test can kill it the hard way ({@code kill -9}) and start it
 * again on the same data folder.
 */
public final class ChildService {

    private final Process process;
    private final int port;

    private ChildService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ChildService start(Path dataDirectory, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the child lives for seconds, and starting it is mostly compiling; without the
                // optimizing compiler's threads it starts markedly sooner on two cores.
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.inkwell.InkwellApplication",
                "--server.port=" + port, "--inkwell.database.embedded.data-dir=" + dataDirectory,
                "--inkwell.mail.poll-interval=PT1S"));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ChildService service = new ChildService(process, port);
        // About ten seconds on a quiet machine; a loaded two-core one has taken over two minutes.
        service.awaitHealthy(Duration.ofSeconds(300));
        return service;
    }

    public Api api() {
        return new Api("http://localhost:" + port);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed, the embedded PostgreSQL is orphaned. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the graceful way. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitHealthy(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting");
            }
            try {
                if (api().get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become healthy within " + limit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

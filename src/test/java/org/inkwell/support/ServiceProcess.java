package org.inkwell.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.inkwell.InkwellApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole service of its own (not the shared test service), for tests of start-up and configuration. */
public final class ServiceProcess implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceProcess(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServiceProcess start(Path dataDirectory, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--inkwell.database.embedded.data-dir=" + dataDirectory, "--inkwell.mail.poll-interval=PT1S"));
        args.addAll(List.of(arguments));
        return new ServiceProcess(new SpringApplicationBuilder(InkwellApplication.class).run(args.toArray(String[]::new)));
    }

    public Api api() {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}

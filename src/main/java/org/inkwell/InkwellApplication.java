package org.inkwell;

import org.inkwell.platform.database.EarlyEmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InkwellApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(InkwellApplication.class);
        application.addListeners(new EarlyEmbeddedPostgres());
        application.run(args);
    }
}

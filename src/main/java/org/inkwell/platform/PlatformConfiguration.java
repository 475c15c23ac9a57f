package org.inkwell.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Tests replace it to move time (token expiry, lockouts, leases). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB memory, 2 iterations, 1 lane), used for
     * passwords and inmate PINs alike.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}

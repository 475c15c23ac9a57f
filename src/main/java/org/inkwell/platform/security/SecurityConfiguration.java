package org.inkwell.platform.security;

import org.inkwell.platform.TokenAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what is declared on each handler method with {@code @PreAuthorize}; the
 * {@code EndpointSecurityTest} fails when a handler has no rule. The URL rules here only cover what
 * is not a handler of ours: actuator endpoints (metrics only for platform admins and the scrape token). Two chains: bearer tokens for the API, a session
 * cookie with CSRF protection for pages; both authenticate through the same token store.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Stylesheets and scripts: public, no session lookup, no CSRF, long-lived caching is the browser's. */
    @Bean
    @Order(0)
    SecurityFilterChain staticFilterChain(HttpSecurity http) {
        http.securityMatcher("/css/**", "/js/**", "/favicon.ico")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Everything machine-facing: the JSON API, actuator and the API docs. Bearer tokens, no cookies. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, TokenAuthenticator authenticator, JsonMapper json,
            @Value("${inkwell.metrics.scrape-token:}") String scrapeToken) {
        ProblemResponses problems = new ProblemResponses(json);
        http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                // Bearer tokens travel in a header the browser never adds by itself, so there is no CSRF risk here.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(authenticator), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(new MetricsScrapers(scrapeToken))
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Browser pages: the session cookie, CSRF tokens on every form, and headers that keep pages from
     * running anything but our own scripts or being framed.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageFilterChain(HttpSecurity http, TokenAuthenticator authenticator) {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        http
                // The cookie authenticates every request anew; the default strategy would take that for a fresh
                // login each time and replace the CSRF token under any form already on screen.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new SessionCookieFilter(authenticator), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new CsrfRotation(csrfTokens), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                                + "base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> response.sendRedirect("/login"))
                        .accessDeniedHandler((request, response, e) -> response.sendError(403)));
        return http.build();
    }
}

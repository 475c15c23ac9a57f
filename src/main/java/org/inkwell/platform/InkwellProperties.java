package org.inkwell.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service-wide settings, read here only: {@code inkwell.demo} (seed the demo data, capture mail for the
 * dev mailbox) and {@code inkwell.public-base-url} (where links in emails point, kept without a trailing
 * slash so a link is this plus its path). A module's own settings ({@code inkwell.database.*},
 * {@code inkwell.smtp.*}, {@code inkwell.records.*}, ...) stay with that module.
 * Environment: {@code INKWELL_DEMO}, {@code INKWELL_PUBLIC_BASE_URL}.
 */
@ConfigurationProperties("inkwell")
public record InkwellProperties(boolean demo, String publicBaseUrl) {

    public InkwellProperties {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            throw new IllegalArgumentException("inkwell.public-base-url must be set: links in emails point there");
        }
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }
}

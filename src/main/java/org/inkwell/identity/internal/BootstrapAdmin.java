package org.inkwell.identity.internal;

import org.inkwell.identity.StaffAccounts;
import org.inkwell.platform.InkwellProperties;
import org.inkwell.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first platform admin of a real installation comes from {@code INKWELL_BOOTSTRAP_ADMIN_PASSWORD}
 * (and optionally {@code INKWELL_BOOTSTRAP_ADMIN_USERNAME}); there is no default password.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffAccounts staff;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;
    private final boolean demo;

    BootstrapAdmin(StaffAccounts staff, PasswordPolicy policy, InkwellProperties inkwell,
            @Value("${inkwell.bootstrap-admin.username:platform.admin}") String username,
            @Value("${inkwell.bootstrap-admin.password:}") String password) {
        this.staff = staff;
        this.policy = policy;
        this.username = username;
        this.password = password;
        this.demo = inkwell.demo();
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Demo mode seeds its own platform admin.
        if (demo && !StringUtils.hasText(password) || staff.anyPlatformAdmin()) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            log.warn("No platform administrator exists and INKWELL_BOOTSTRAP_ADMIN_PASSWORD is not set: "
                    + "set it once to create '{}'", username);
            return;
        }
        policy.check("INKWELL_BOOTSTRAP_ADMIN_PASSWORD", password, username);
        staff.createTrusted(username, password, "Platform administrator", Role.PLATFORM_ADMIN, null, null);
        log.info("Created the first platform administrator '{}' from configuration", username);
    }
}

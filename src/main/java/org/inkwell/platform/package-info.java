/**
 * What every module shares: the database bootstrap (embedded or external PostgreSQL), the security
 * filter chain, the problem+json error model, the clock and the demo-data hook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.inkwell.platform;

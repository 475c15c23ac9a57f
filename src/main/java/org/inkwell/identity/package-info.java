/**
 * Who is calling: public accounts with email verification, staff accounts scoped to a facility or
 * agency, kiosk logins of people in custody, API tokens, and lockout after repeated failures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.inkwell.identity;

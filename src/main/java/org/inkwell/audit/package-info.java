/**
 * The append-only audit log: logins, lockouts, staff and policy changes, roster imports and, later,
 * every time staff read or decide a message. Rows cannot be changed or deleted (a database trigger
 * refuses it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.inkwell.audit;

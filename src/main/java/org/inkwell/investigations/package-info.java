/**
 * Investigations: cases opened by an investigator and approved by a second person, the archive searched
 * and messages read only through an open case, and every such access logged where facility and platform
 * admins can read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigations")
package org.inkwell.investigations;

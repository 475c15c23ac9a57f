/**
 * Legal mail: attorneys who apply to write privileged letters, the platform or facility admins who approve
 * them on evidence with a date to check again, and facility admins who suspend the privilege at their
 * facility. The registration's free text (firm, reasons) is shown only to staff and to the applicant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal mail")
package org.inkwell.legal;

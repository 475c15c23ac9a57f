/**
 * Who may write to whom: contact requests from families, invitations from inside, staff decisions,
 * blocks by either side, suspensions and correspondence restrictions, caps, and what release and
 * transfer do to contacts. Every change is kept as history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package org.inkwell.contacts;

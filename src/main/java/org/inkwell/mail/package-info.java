/**
 * Outgoing email through a transactional outbox: a module adds a mail in its own transaction and the
 * dispatcher sends it over SMTP after commit, retrying until the server takes it. In demo mode the
 * mail is captured for {@code GET /api/v1/dev/mail} instead of sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.inkwell.mail;

/**
 * Messages and their lifecycle: the send path (check, price, screen, store, charge and enqueue in one
 * transaction), threads, withdrawal, drafts, the inbox of a person inside with its read receipts, and the
 * state changes review and delivery ask for. Review plugs in through
 * {@link org.inkwell.messaging.MessageReview}, which answers whether a message was queued or approved at
 * once; delivery's kiosk pages are a web face on this module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.inkwell.messaging;

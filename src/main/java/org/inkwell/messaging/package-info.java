/**
 * Messages and their lifecycle: the send path (check the contact, count, price, charge, screen, store
 * and enqueue in one transaction), threads, withdrawal, drafts, and the state changes review and
 * delivery ask for. Review plugs in through {@link org.inkwell.messaging.MessageReview}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.inkwell.messaging;

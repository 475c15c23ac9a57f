/**
 * Getting approved messages to people: print batches per housing unit for PRINT facilities, the emails
 * that tell families something happened (never with message text), and the kiosk and tablet pages and
 * inbox endpoints of people inside. Those pages hold no messages of their own: they read the inbox, mark
 * messages read and send replies through messaging's public API, where a read receipt is one more step of
 * the message's lifecycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.inkwell.delivery;

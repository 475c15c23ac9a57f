/**
 * Getting approved messages to people: the kiosk and tablet inbox with read receipts, print batches
 * per housing unit for PRINT facilities, and the emails that tell families something happened (never
 * with message text).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.inkwell.delivery;

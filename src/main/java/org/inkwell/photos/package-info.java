/**
 * Photos families attach to messages: every upload is decoded, turned upright, scaled and re-encoded
 * into a new JPEG without any of the sender's metadata (so no location or camera details ever cross the
 * wall), with a thumbnail and a perceptual hash for spotting copies of rejected photos. The bytes sit
 * behind {@link org.inkwell.photos.PhotoStore}, in PostgreSQL by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Photos")
package org.inkwell.photos;

package org.inkwell.photos;

/** One stored JPEG and a tag that changes whenever its bytes would (for conditional requests). */
public record PhotoImage(byte[] jpeg, String tag) {
}

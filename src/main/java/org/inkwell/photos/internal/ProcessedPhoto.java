package org.inkwell.photos.internal;

/** The server's own encoding of an upload: the JPEG, its thumbnail, the JPEG's pixel size and the dHash. */
public record ProcessedPhoto(byte[] jpeg, byte[] thumbnail, int width, int height, long dhash) {
}

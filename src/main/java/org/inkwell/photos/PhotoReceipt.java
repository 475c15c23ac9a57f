package org.inkwell.photos;

import java.util.UUID;

/** The stored photo as the server encoded it: its JPEG's pixel size, length and SHA-256 (hex). */
public record PhotoReceipt(UUID id, int width, int height, int bytes, String sha256) {
}

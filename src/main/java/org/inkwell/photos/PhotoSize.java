package org.inkwell.photos;

/** The stored variants of a photo: at most 2,048 px on the long side, and a thumbnail of at most 320. */
public enum PhotoSize {
    FULL, THUMB
}

package org.inkwell.directory;

/** How approved messages reach people at a facility: on a shared kiosk, a personal tablet, or printed. */
public enum DeliveryMode {
    KIOSK, TABLET, PRINT
}

package org.inkwell.messaging;

public enum Direction {
    TO_INMATE, FROM_INMATE
}

package org.inkwell.legal;

/** Which way a privileged letter travels: to the person inside from their attorney, or back. */
public enum LetterDirection {
    TO_INMATE, FROM_INMATE
}

package org.inkwell.directory;

/** Who pays for a reply from inside: nobody, the family in advance, or the person from their own balance. */
public enum ReplyPolicy {
    FREE, SENDER_PREPAID, INMATE_PAYS
}

package org.inkwell.contacts;

/**
 * Where an invitation from inside stands. AWAITING_APPROVAL: staff have not let the email go out yet
 * (the facility reviews invitations, or the screen flagged the name); REFUSED: staff kept it in.
 */
public enum InvitationStatus {
    AWAITING_APPROVAL, SENT, ACCEPTED, DECLINED, REFUSED
}

package org.inkwell.contacts;

import org.inkwell.directory.Inmate;
import org.inkwell.identity.AccountSummary;

/** A contact with both people it joins. */
public record ContactDetails(Contact contact, Inmate inmate, AccountSummary family) {
}

package org.inkwell.legal;

import java.util.List;

/** An approved attorney as an admin sees them, with the suspensions in force that the admin may see. */
public record LegalSender(LegalRegistration registration, List<Suspension> suspensions) {
}

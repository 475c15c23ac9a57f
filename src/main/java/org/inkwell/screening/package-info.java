/**
 * The automated screen every message passes before a reviewer sees it: term lists matched with an
 * Aho-Corasick automaton over normalised text, and detectors for phone numbers, addresses, payment
 * handles, other people's inmate numbers and encoded text. It flags; people decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.inkwell.screening;

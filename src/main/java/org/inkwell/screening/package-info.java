/**
 * The automated screen every message passes before a reviewer sees it: term lists matched with an
 * Aho-Corasick automaton over normalised text, and detectors for phone numbers (in digits or spelled out),
 * addresses, payment handles, other people's inmate numbers, encoded text, and words disguised with
 * invisible or look-alike characters. It flags; people decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.inkwell.screening;

package org.inkwell.screening;

import java.util.List;

/** The screen's verdict: a risk score from 0 to 100, the flags behind it, and the list version used. */
public record ScreeningResult(int score, List<Flag> flags, long listVersion) {

    public boolean clean() {
        return flags.isEmpty();
    }
}

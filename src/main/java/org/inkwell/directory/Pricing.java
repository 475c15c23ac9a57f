package org.inkwell.directory;

/**
 * A facility's price per message: {@code ceil(characters / charsPerUnit) * unitPriceCents}, in minor
 * units of {@code currency}.
 */
public record Pricing(String currency, long unitPriceCents, int charsPerUnit) {

    public int units(int characters) {
        return Math.max(1, (characters + charsPerUnit - 1) / charsPerUnit);
    }

    public long costCents(int characters) {
        return Math.multiplyExact((long) units(characters), unitPriceCents);
    }
}

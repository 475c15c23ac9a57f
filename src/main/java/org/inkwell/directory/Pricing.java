package org.inkwell.directory;

/**
 * A facility's price per message: {@code ceil(characters / charsPerUnit) * unitPriceCents}, in minor
 * units of {@code currency}; each attached photo adds {@code photoPriceCents}.
 */
public record Pricing(String currency, long unitPriceCents, int charsPerUnit, long photoPriceCents) {

    /** Prices where a photo costs one unit, the default. */
    public Pricing(String currency, long unitPriceCents, int charsPerUnit) {
        this(currency, unitPriceCents, charsPerUnit, unitPriceCents);
    }

    public int units(int characters) {
        return Math.max(1, (characters + charsPerUnit - 1) / charsPerUnit);
    }

    public long costCents(int characters) {
        return Math.multiplyExact((long) units(characters), unitPriceCents);
    }
}

package org.escrowbootstrap.model;

import java.util.Locale;

/** The font weights swiftDialog names, lightest first; an unknown name means {@link #REGULAR}. */
public enum FontWeight {
    ULTRALIGHT(100),
    THIN(200),
    LIGHT(300),
    REGULAR(400),
    MEDIUM(500),
    SEMIBOLD(600),
    BOLD(700),
    HEAVY(800),
    BLACK(900);

    private final int cssWeight;

    FontWeight(int cssWeight) {
        this.cssWeight = cssWeight;
    }

    /** The CSS/OpenType numeric weight, 100 to 900. */
    public int cssWeight() {
        return cssWeight;
    }

    public boolean isBold() {
        return cssWeight >= 600;
    }

    public static FontWeight parse(String text) {
        if (text == null) {
            return REGULAR;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (FontWeight weight : values()) {
            if (weight.name().equals(key)) {
                return weight;
            }
        }
        return REGULAR;
    }
}

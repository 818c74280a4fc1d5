package org.escrowbootstrap.config;

import java.util.Optional;
import java.util.regex.Pattern;

/** Plain decimal numbers as option values carry them: {@code 700}, {@code 24.5}, {@code -10}; nothing fancier. */
final class NumberText {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,9}(\\.\\d{1,9})?");

    private NumberText() {}

    /** The number, or empty when the text is not a plain decimal (surrounding spaces allowed). */
    static Optional<Double> parse(String text) {
        String value = text == null ? "" : text.strip();
        return DECIMAL.matcher(value).matches() ? Optional.of(Double.parseDouble(value)) : Optional.empty();
    }

    /** The number rounded to a whole one, or empty when the text is not a plain decimal. */
    static Optional<Integer> parseRounded(String text) {
        return parse(text).map(number -> (int) Math.round(number));
    }
}

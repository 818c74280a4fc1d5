package org.escrowbootstrap.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain decimal numbers as option values carry them: {@code 700}, {@code 24.5}, {@code -10}; nothing fancier. The
 * fraction may be as long as a double prints ({@code 223.69743530499076}: scripts compute sizes and pass them on).
 */
public final class NumberText {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,9}(\\.\\d{1,20})?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,18}");

    private NumberText() {}

    /** The number, or empty when the text is not a plain decimal (surrounding spaces allowed). */
    public static Optional<Double> parse(String text) {
        String value = text == null ? "" : text.strip();
        return DECIMAL.matcher(value).matches() ? Optional.of(Double.parseDouble(value)) : Optional.empty();
    }

    /**
     * The whole number the text writes out digit by digit ({@code 5}, {@code -12}; surrounding spaces allowed), or
     * empty for anything else ({@code 5.0}, {@code 1e2}, more than 18 digits), which then needs {@link
     * java.math.BigDecimal}. Most numbers in configs and JSON are whole, and on JDK 25 the first use of {@code
     * BigDecimal} costs about 20 ms (its class initialiser computes 5 to the power 65,536), which an escrow or a
     * dialog read from JSON would pay at every start.
     */
    public static Optional<Long> whole(String text) {
        String value = text == null ? "" : text.strip();
        return WHOLE.matcher(value).matches() ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    /** The number rounded to a whole one, or empty when the text is not a plain decimal. */
    public static Optional<Integer> parseRounded(String text) {
        return parse(text).map(number -> (int) Math.round(number));
    }
}

package org.escrowbootstrap.model;

import java.util.List;

/**
 * One select list, as {@code --selecttitle "Site,required,radio,name=site" --selectvalues "A,B,---,C"} describes it.
 *
 * <p>Indexes count every value, dividers ({@code ---}) included, as swiftDialog's do: scripts compare them.
 *
 * @param title the label; also the output key unless {@code name} is given (may be empty, as in swiftDialog)
 * @param name output key instead of the title, or null
 * @param values the values in order; {@link #DIVIDER} draws a separator that cannot be chosen
 * @param defaultValue the value chosen when the dialog opens, or null; always one of {@code values}
 * @param required something must be chosen to leave with button 1
 * @param style how it is drawn and chosen
 */
public record SelectSpec(
        String title, String name, List<String> values, String defaultValue, boolean required, Style style) {

    /** The value that draws a divider line. */
    public static final String DIVIDER = "---";

    /** swiftDialog's select styles. */
    public enum Style {
        /** A pop-up menu. */
        LIST,
        /** Radio buttons; without a default the first value is chosen. */
        RADIO,
        /** A pop-up menu the user can type into to narrow it. */
        SEARCHABLE,
        /** Several values at once, reported comma-separated. */
        MULTISELECT
    }

    public SelectSpec {
        title = title == null ? "" : title;
        name = name == null || name.isEmpty() ? null : name;
        values = values == null ? List.of() : List.copyOf(values);
        style = style == null ? Style.LIST : style;
        if (defaultValue != null && (defaultValue.isEmpty() || !values.contains(defaultValue))) {
            defaultValue = null;
        }
    }

    /** The key this select's choice is reported under. */
    public String outputKey() {
        return name != null ? name : title;
    }

    /** The value chosen when the dialog opens: the default, or for radio buttons the first real value; or "". */
    public String initialValue() {
        if (defaultValue != null) {
            return defaultValue;
        }
        if (style == Style.RADIO) {
            return values.stream().filter(v -> !v.equals(DIVIDER)).findFirst().orElse("");
        }
        return "";
    }

    /** swiftDialog's index of a chosen value: its first place among the values, dividers counted, or -1. */
    public int indexOf(String value) {
        return value == null || value.isEmpty() ? -1 : values.indexOf(value);
    }

    /** The label as shown: {@code " *"} after a required select's title, as for text fields. */
    public String label() {
        return required ? title + " *" : title;
    }
}

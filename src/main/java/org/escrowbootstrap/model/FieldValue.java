package org.escrowbootstrap.model;

/**
 * What the user entered in one text field, chose in a list or select, or ticked (a check box is a {@link Choice}),
 * under its output key.
 */
public sealed interface FieldValue {

    String key();

    /** A plain field's text. */
    record Text(String key, String text) implements FieldValue {
        public Text {
            if (key == null || text == null) {
                throw new IllegalArgumentException("key and text must not be null");
            }
        }

        @Override
        public String toString() {
            return "Text[" + key + "]"; // field values stay out of logs, plain ones too: users type secrets anywhere
        }
    }

    /** A secure field's value, which only the {@code dialog} mode's output (its API) ever reveals. */
    record Hidden(String key, Secret secret) implements FieldValue {
        public Hidden {
            if (key == null || secret == null) {
                throw new IllegalArgumentException("key and secret must not be null");
            }
        }
    }

    /** Whether a list row was selected ({@code --enablelistselect}), under the row's title. */
    record Choice(String key, boolean selected) implements FieldValue {
        public Choice {
            if (key == null) {
                throw new IllegalArgumentException("key must not be null");
            }
        }
    }

    /**
     * What was chosen in one select list: the value ("" for nothing; several comma-separated for a multiselect) and
     * swiftDialog's index of it among the values, dividers counted (-1 when nothing, or no single value, is chosen).
     */
    record Selection(String key, String value, int index) implements FieldValue {
        public Selection {
            if (key == null || value == null) {
                throw new IllegalArgumentException("key and value must not be null");
            }
        }
    }
}

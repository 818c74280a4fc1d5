package org.escrowbootstrap.model;

import java.util.List;
import java.util.Optional;

/**
 * How a dialog ended and what the user entered.
 *
 * @param exitCode the swiftDialog exit code
 * @param values the text fields' values in field order (the field's confirmation is not repeated)
 */
public record DialogResult(ExitCode exitCode, List<FieldValue> values) implements AutoCloseable {

    public DialogResult {
        if (exitCode == null) {
            throw new IllegalArgumentException("exit code must not be null");
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static DialogResult of(ExitCode exitCode) {
        return new DialogResult(exitCode, List.of());
    }

    public boolean isButton1() {
        return exitCode == ExitCode.BUTTON1;
    }

    public Optional<FieldValue> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** The secret entered in the secure field {@code key}, if there is one. */
    public Optional<Secret> secret(String key) {
        return value(key).filter(FieldValue.Hidden.class::isInstance).map(v -> ((FieldValue.Hidden) v).secret());
    }

    /** The first secure field's secret, for screens with one password field. */
    public Optional<Secret> firstSecret() {
        return values.stream()
                .filter(FieldValue.Hidden.class::isInstance)
                .map(v -> ((FieldValue.Hidden) v).secret())
                .findFirst();
    }

    /** Wipes every secret this result holds. */
    @Override
    public void close() {
        for (FieldValue v : values) {
            if (v instanceof FieldValue.Hidden hidden) {
                hidden.secret().wipe();
            }
        }
    }
}

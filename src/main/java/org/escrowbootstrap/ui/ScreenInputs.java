package org.escrowbootstrap.ui;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JPasswordField;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.Validation;

/**
 * The text fields' inputs, read once when the user tries to leave the screen: checked against the fields' rules,
 * then either handed on as values (secure ones as {@link Secret}s that own their characters) or wiped.
 *
 * <p>Secure values are read with {@code getPassword()} into char arrays that this object owns until {@link #values}
 * adopts them or {@link #wipe} zeroes them; a confirmation is zeroed either way.
 */
final class ScreenInputs {

    private final FieldsPanel fields;
    private final List<Validation.Input> inputs = new ArrayList<>();
    private final List<char[]> secrets = new ArrayList<>();
    private final List<char[]> confirmations = new ArrayList<>();

    private ScreenInputs(FieldsPanel fields) {
        this.fields = fields;
    }

    /** Reads every field of {@code fields} once. */
    static ScreenInputs read(FieldsPanel fields) {
        ScreenInputs read = new ScreenInputs(fields);
        for (FieldsPanel.Row row : fields.rows()) {
            if (row.spec().secure()) {
                char[] value = ((JPasswordField) row.field()).getPassword();
                char[] confirmation = row.confirm() != null ? ((JPasswordField) row.confirm()).getPassword() : null;
                read.secrets.add(value);
                if (confirmation != null) {
                    read.confirmations.add(confirmation);
                }
                read.inputs.add(new Validation.Input(
                        CharBuffer.wrap(value), confirmation == null ? null : CharBuffer.wrap(confirmation)));
            } else {
                read.secrets.add(null);
                read.inputs.add(new Validation.Input(
                        row.field().getText(),
                        row.confirm() != null ? row.confirm().getText() : null));
            }
        }
        return read;
    }

    /** What keeps the screen open, each with its line in the screen's language; empty when every field passes. */
    List<Validation.Problem> problems() {
        List<TextFieldSpec> specs =
                fields.rows().stream().map(FieldsPanel.Row::spec).toList();
        return Validation.check(specs, inputs).stream()
                .map(p -> new Validation.Problem(
                        p.fieldIndex(), p.rule(), problemLine(fields.words(), specs.get(p.fieldIndex()), p)))
                .toList();
    }

    /** A problem's line in the screen's language; a regex's message is the script's own. */
    static String problemLine(UiWords words, TextFieldSpec field, Validation.Problem problem) {
        return switch (problem.rule()) {
            case REQUIRED -> words.get("required.problem", field.title());
            case CONFIRM -> words.get("confirm.problem", field.title());
            case REGEX -> problem.message();
        };
    }

    /** The values in field order; each secure value becomes a Secret that owns its characters. */
    List<FieldValue> values() {
        List<FieldValue> values = new ArrayList<>();
        List<FieldsPanel.Row> rows = fields.rows();
        for (int i = 0; i < rows.size(); i++) {
            String key = rows.get(i).spec().outputKey();
            char[] secret = secrets.get(i);
            values.add(
                    secret != null
                            ? new FieldValue.Hidden(key, Secret.adopt(secret))
                            : new FieldValue.Text(key, inputs.get(i).value().toString()));
        }
        confirmations.forEach(chars -> Arrays.fill(chars, '\0'));
        return values;
    }

    /** Zeroes every secure value and confirmation read: the screen stays open and nothing is handed on. */
    void wipe() {
        secrets.stream().filter(s -> s != null).forEach(chars -> Arrays.fill(chars, '\0'));
        confirmations.forEach(chars -> Arrays.fill(chars, '\0'));
    }
}

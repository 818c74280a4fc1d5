package org.escrowbootstrap.model;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One text input, as {@code --textfield "Title,secure,required,prompt=…"} describes it.
 *
 * @param title the label; also the output key unless {@code name} is given
 * @param name output key instead of the title, or null
 * @param secure masked input; its value is a {@link Secret}
 * @param required must be non-empty to leave with button 1
 * @param prompt placeholder text, or null
 * @param value pre-filled value, or null
 * @param regex a pattern the value must contain a match for (find semantics, as swiftDialog), or null
 * @param regexError the message when the regex does not match, or null for the default
 * @param confirm a second field that must hold the same value
 * @param editor a multi-line editor, in which Return starts a new line
 * @param fileSelect a "Select" button beside the field opens a file chooser
 * @param fileTypes what the chooser offers: space-separated extensions, or {@code folder image movie video audio};
 *     null for any file
 * @param path the folder the chooser opens in, or null
 */
public record TextFieldSpec(
        String title,
        String name,
        boolean secure,
        boolean required,
        String prompt,
        String value,
        String regex,
        String regexError,
        boolean confirm,
        boolean editor,
        boolean fileSelect,
        String fileTypes,
        String path) {

    public TextFieldSpec {
        if (title == null) {
            throw new IllegalArgumentException("a text field needs a title");
        }
        name = blankToNull(name);
        prompt = blankToNull(prompt);
        regex = blankToNull(regex);
        regexError = blankToNull(regexError);
        fileTypes = blankToNull(fileTypes);
        path = blankToNull(path);
    }

    /** A single-line field, without a file chooser: the kind the escrow's screens use. */
    public TextFieldSpec(
            String title,
            String name,
            boolean secure,
            boolean required,
            String prompt,
            String value,
            String regex,
            String regexError,
            boolean confirm) {
        this(title, name, secure, required, prompt, value, regex, regexError, confirm, false, false, null, null);
    }

    public static TextFieldSpec plain(String title) {
        return new TextFieldSpec(title, null, false, false, null, null, null, null, false);
    }

    /** A required, masked password field, as the escrow's password screen uses. */
    public static TextFieldSpec password(String title) {
        return new TextFieldSpec(title, null, true, true, null, null, null, null, false);
    }

    /** The key this field's value is reported under. */
    public String outputKey() {
        return name != null ? name : title;
    }

    /** The label as shown: swiftDialog appends {@code " *"} to a required field's title. */
    public String label() {
        return required ? title + " *" : title;
    }

    /** The compiled regex, or empty when there is none or it is invalid (an invalid pattern always fails). */
    public Optional<Pattern> pattern() {
        if (regex == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The message shown when the regex does not match. */
    public String regexMessage() {
        return regexError != null ? regexError : "\"" + title + "\" doesn't match the required format";
    }

    public TextFieldSpec withValue(String newValue) {
        return new TextFieldSpec(
                title,
                name,
                secure,
                required,
                prompt,
                newValue,
                regex,
                regexError,
                confirm,
                editor,
                fileSelect,
                fileTypes,
                path);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * swiftDialog's checks before a dialog may end with button 1: required, regex, confirmation.
 *
 * <p>Per field the first failing rule wins. The regex uses find semantics (a match anywhere passes; anchor with
 * {@code ^…$}), an empty value passes any regex (add {@code required}), and an invalid pattern always fails.
 */
public final class Validation {

    /** Which rule failed. */
    public enum Rule {
        REQUIRED,
        REGEX,
        CONFIRM
    }

    /** One failing field. */
    public record Problem(int fieldIndex, Rule rule, String message) {}

    /** What a field holds: its value and, for a confirmed field, the confirmation. */
    public record Input(CharSequence value, CharSequence confirmation) {
        public static Input of(CharSequence value) {
            return new Input(value, null);
        }
    }

    private Validation() {}

    /** The problems, in field order; empty when the dialog may end. */
    public static List<Problem> check(List<TextFieldSpec> fields, List<Input> inputs) {
        if (fields.size() != inputs.size()) {
            throw new IllegalArgumentException("one input per field: " + fields.size() + " vs " + inputs.size());
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            checkField(fields.get(i), inputs.get(i))
                    .ifPresent(rule -> problems.add(new Problem(index, rule, message(fields.get(index), rule))));
        }
        return List.copyOf(problems);
    }

    /** The first rule the field fails, if any. */
    public static Optional<Rule> checkField(TextFieldSpec field, Input input) {
        CharSequence value = input.value() == null ? "" : input.value();
        if (field.required() && value.length() == 0) {
            return Optional.of(Rule.REQUIRED);
        }
        if (field.regex() != null && value.length() > 0 && !matches(field, value)) {
            return Optional.of(Rule.REGEX);
        }
        if (field.confirm() && !contentEquals(value, input.confirmation() == null ? "" : input.confirmation())) {
            return Optional.of(Rule.CONFIRM);
        }
        return Optional.empty();
    }

    /** Whether the value satisfies the field's regex (find semantics); true when there is no regex. */
    public static boolean matches(TextFieldSpec field, CharSequence value) {
        if (field.regex() == null) {
            return true;
        }
        Optional<Pattern> pattern = field.pattern();
        return pattern.isPresent() && pattern.get().matcher(value).find();
    }

    /** The line shown for a problem, in swiftDialog's words. */
    public static String message(TextFieldSpec field, Rule rule) {
        return switch (rule) {
            case REQUIRED -> "\"" + field.title() + "\" is required";
            case REGEX -> field.regexMessage();
            case CONFIRM -> "\"" + field.title() + "\" confirmation failed: values do not match";
        };
    }

    private static boolean contentEquals(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

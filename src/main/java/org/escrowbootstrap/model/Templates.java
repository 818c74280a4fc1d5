package org.escrowbootstrap.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** swiftDialog's text pass: {@code {name}} placeholders, literal {@code \n}, {@code <br>} and {@code <hr>}. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    // Compiled once: the command file runs every line through markup(), thousands a second from a busy script.
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern RULE = Pattern.compile("(?i)<hr\\s*/?>");

    private Templates() {}

    /** Replaces each known {@code {name}}; unknown names stay as they are, as in swiftDialog. */
    public static String substitute(String text, TemplateVariables variables) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = variables.lookup(m.group(1)).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Turns a literal backslash-n into a newline, {@code <br>} into a Markdown line break, {@code <hr>} into a rule. */
    public static String markup(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace("\\n", "\n");
        if (out.indexOf('<') < 0) {
            return out;
        }
        out = BREAK.matcher(out).replaceAll("  \n");
        out = RULE.matcher(out).replaceAll("\n\n---\n\n");
        return out;
    }

    /** Both passes, as swiftDialog applies them to every option value. */
    public static String apply(String text, TemplateVariables variables) {
        return markup(substitute(text, variables));
    }
}

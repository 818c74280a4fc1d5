package org.escrowbootstrap.workflow;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Templates;
import org.escrowbootstrap.system.SystemFacts;

/**
 * Fills the config's texts: the dialog engine's template variables plus the escrow's own, and the greeting.
 *
 * <p>Variables: {@code {computername} {computermodel} {serialnumber} {username} {userfullname} {osversion}
 * {osname}} as swiftDialog has them, and {@code {greeting} {firstname} {supportcontact} {attemptsleft}
 * {maxattempts} {error} {chip} {memory} {freedisk}}. A name variable that is unknown is removed together with
 * the comma or space before it, so "{greeting}, {firstname}." reads "Good morning." and never "Good morning, ."
 */
final class EscrowTexts {

    /** Variables that may be empty and take their leading separator with them. */
    private static final String[] NAME_VARIABLES = {"firstname", "userfullname"};

    /** Separators a dropped name takes with it: the Latin comma and the Japanese and Chinese ones. */
    private static final String COMMA = "[,、，]";

    /** Honorifics written after a first name, which go when the name does. */
    private static final String HONORIFIC = "(?:さん|様|님)?";

    private static final int MAX_ERROR_LENGTH = 400;

    private final EscrowConfig config;
    private final Map<String, String> values = new HashMap<>();

    EscrowTexts(EscrowConfig config, Clock clock) {
        this.config = config;
        values.put("greeting", greeting(config, LocalTime.now(clock)));
        values.put("supportcontact", config.text(EscrowConfigKey.SUPPORT_CONTACT));
        values.put("maxattempts", Integer.toString(config.integer(EscrowConfigKey.MAX_ATTEMPTS)));
        values.put("firstname", "");
        values.put("userfullname", "");
        values.put("error", "");
        facts(new SystemFacts(null, null, null, null, null, null, null, null));
    }

    /** The time-of-day greeting: morning 05:00–11:59, afternoon 12:00–17:59, evening otherwise. */
    static String greeting(EscrowConfig config, LocalTime time) {
        int hour = time.getHour();
        if (hour >= 5 && hour < 12) {
            return config.text(EscrowConfigKey.GREETING_MORNING);
        }
        if (hour >= 12 && hour < 18) {
            return config.text(EscrowConfigKey.GREETING_AFTERNOON);
        }
        return config.text(EscrowConfigKey.GREETING_EVENING);
    }

    EscrowTexts user(String shortName, String fullName, String firstName) {
        values.put("username", shortName == null ? "" : shortName);
        values.put("userfullname", fullName == null ? "" : fullName);
        values.put("firstname", firstName == null ? "" : firstName);
        return this;
    }

    EscrowTexts facts(SystemFacts facts) {
        values.put("computername", facts.computerName());
        values.put("computermodel", facts.model());
        values.put("serialnumber", facts.serialNumber());
        values.put("chip", facts.chip());
        values.put("memory", facts.memory());
        values.put("freedisk", facts.freeDisk());
        values.put("osname", facts.osName());
        values.put("osversion", facts.osVersion());
        return this;
    }

    EscrowTexts attemptsLeft(int left) {
        values.put("attemptsleft", Integer.toString(left));
        return this;
    }

    /** Sets {@code {error}}: one line, no backticks (it sits in a Markdown code span), at most 400 characters. */
    EscrowTexts error(String text) {
        values.put("error", errorText(text));
        return this;
    }

    static String errorText(String text) {
        if (text == null || text.isBlank()) {
            return "no details";
        }
        String line = String.join(
                        " — ",
                        text.strip()
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList())
                .replace('`', '\'');
        return line.length() > MAX_ERROR_LENGTH ? line.substring(0, MAX_ERROR_LENGTH - 1) + "…" : line;
    }

    /** The config text of {@code key} with every variable filled in. */
    String render(EscrowConfigKey key) {
        return render(config.text(key));
    }

    String render(String template) {
        String text = template;
        for (String name : NAME_VARIABLES) {
            if (values.getOrDefault(name, "").isEmpty()) {
                text = dropEmpty(text, name);
            }
        }
        return Templates.apply(text, TemplateVariables.of(Map.copyOf(values)));
    }

    /**
     * Removes {@code {name}} with the separator before it, or the one after it at the start of a line; commas
     * include the Japanese and Chinese ones, and a name's honorific goes with it ("{firstname}さん", "{firstname}님").
     */
    static String dropEmpty(String text, String name) {
        String placeholder = Pattern.quote("{" + name + "}") + HONORIFIC;
        String out = Pattern.compile("(?m)^[ \\t]*" + placeholder + "[ \\t]*" + COMMA + "?[ \\t]*")
                .matcher(text)
                .replaceAll("");
        return Pattern.compile("(" + COMMA + "[ \\t]*|[ \\t]+)?" + placeholder)
                .matcher(out)
                .replaceAll(Matcher.quoteReplacement(""));
    }

    String value(String name) {
        return values.getOrDefault(name, "");
    }
}

package org.escrowbootstrap.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The positional arguments Jamf Pro passes a policy script, {@code $1} to {@code $11}, and their fixed meaning.
 *
 * <p>{@code $1}–{@code $3} are Jamf's own (mount point, computer name, user name). The settings slots are fixed so
 * the parameter labels in Jamf Pro never change meaning (see {@code docs/jamf-parameters.md}):
 *
 * <pre>
 *  $4  config file path        $8  behaviour.maxAttempts
 *  $5  support.contact         $9  behaviour.selfServiceExitZero
 *  $6  branding.banner         $10 behaviour.runRecon
 *  $7  branding.icon           $11 key=value pairs for any key, separated by ";" (write "\;" for a ";")
 * </pre>
 *
 * Empty parameters are ignored. Jamf cuts every parameter at 255 characters, so a value of exactly that length
 * gets a warning: it was probably cut.
 *
 * @param values {@code $1} first; missing trailing parameters are empty
 */
public record JamfParameters(List<String> values) {

    /** Jamf's limit per parameter. */
    public static final int MAX_LENGTH = 255;

    /** The fixed slots for single settings: parameter number → key. */
    public static final List<Slot> SLOTS = List.of(
            new Slot(5, EscrowConfigKey.SUPPORT_CONTACT),
            new Slot(6, EscrowConfigKey.BANNER),
            new Slot(7, EscrowConfigKey.ICON),
            new Slot(8, EscrowConfigKey.MAX_ATTEMPTS),
            new Slot(9, EscrowConfigKey.SELF_SERVICE_EXIT_ZERO),
            new Slot(10, EscrowConfigKey.RUN_RECON));

    /** The parameter that names the config file. */
    public static final int CONFIG_FILE_PARAMETER = 4;

    /** The parameter that takes {@code key=value} pairs. */
    public static final int PAIRS_PARAMETER = 11;

    /** One fixed parameter slot. */
    public record Slot(int number, EscrowConfigKey key) {}

    public JamfParameters {
        List<String> copy = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            copy.add(v == null ? "" : v);
        }
        if (copy.size() > 11) {
            throw new IllegalArgumentException("Jamf passes at most 11 parameters, got " + copy.size());
        }
        values = List.copyOf(copy);
    }

    /** No parameters (run by hand). */
    public static JamfParameters none() {
        return new JamfParameters(List.of());
    }

    /** The arguments after the mode, exactly as Jamf passed them: {@code $1} first. */
    public static JamfParameters of(List<String> arguments) {
        return new JamfParameters(arguments);
    }

    /** Parameter {@code $n} (1–11), empty when not given. */
    public String get(int n) {
        if (n < 1 || n > 11) {
            throw new IllegalArgumentException("Jamf parameters are $1 to $11: " + n);
        }
        return n <= values.size() ? values.get(n - 1) : "";
    }

    /** {@code $3}: the user Jamf ran the policy for, when it passed one. */
    public Optional<String> userName() {
        return nonBlank(get(3));
    }

    /** {@code $2}: the computer name in Jamf Pro, when passed. */
    public Optional<String> computerName() {
        return nonBlank(get(2));
    }

    /** {@code $4}: the config file, when given. */
    public Optional<Path> configFile() {
        return nonBlank(get(CONFIG_FILE_PARAMETER)).map(String::strip).map(Path::of);
    }

    /** The settings in {@code $5}–{@code $11}, as a config layer; problems cover cut and malformed values. */
    EscrowConfigLayer layer() {
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        for (int n = CONFIG_FILE_PARAMETER; n <= 11; n++) {
            if (get(n).length() >= MAX_LENGTH) {
                problems.add(EscrowConfigProblem.warning(
                        where(n),
                        null,
                        "is " + get(n).length() + " characters long: Jamf cuts parameters at " + MAX_LENGTH
                                + ", so it was probably cut short; put long values in the config file"));
            }
        }
        for (Slot slot : SLOTS) {
            String value = get(slot.number());
            if (!value.isBlank()) {
                settings.add(new EscrowRawSetting(
                        slot.key().key(), value.strip(), source(slot.number()), where(slot.number()), null));
            }
        }
        String pairs = get(PAIRS_PARAMETER);
        if (!pairs.isBlank()) {
            for (String pair : splitPairs(pairs)) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    problems.add(EscrowConfigProblem.warning(
                            where(PAIRS_PARAMETER),
                            null,
                            "\"" + pair.strip() + "\" is not key=value (pairs are separated by \";\"); ignored"));
                    continue;
                }
                settings.add(new EscrowRawSetting(
                        pair.substring(0, eq).strip(),
                        pair.substring(eq + 1).strip(),
                        source(PAIRS_PARAMETER),
                        where(PAIRS_PARAMETER),
                        null));
            }
        }
        return new EscrowConfigLayer(settings, problems);
    }

    /** Splits at {@code ;} unless escaped as {@code \;}; {@code \\} is a backslash. */
    static List<String> splitPairs(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == ';' || text.charAt(i + 1) == '\\')) {
                current.append(text.charAt(++i));
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static EscrowConfigSource source(int n) {
        return new EscrowConfigSource.JamfParameter(n);
    }

    private static String where(int n) {
        return "Jamf parameter $" + n;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

package org.escrowbootstrap.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * <p>Admins migrating from another script may read {@code $4}–{@code $11} in that script's layout instead
 * ({@link ParameterLayout}). Whatever the layout, a value clearly of the wrong kind for its slot (a URL where a
 * number belongs, an e-mail address as the config file) is an error naming the parameter and is not used: a policy
 * set up for another script is never silently misread.
 *
 * @param values {@code $1} first; missing trailing parameters are empty
 * @param layout what {@code $4}–{@code $11} mean
 */
public record JamfParameters(List<String> values, ParameterLayout layout) {

    /** Jamf's limit per parameter. */
    public static final int MAX_LENGTH = 255;

    /** Our fixed slots for single settings: parameter number → key. */
    public static final List<Slot> SLOTS = ParameterLayout.ESCROW_BOOTSTRAP.slots();

    /** The parameter that names the config file, in our layout. */
    public static final int CONFIG_FILE_PARAMETER = 4;

    /** The parameter that takes {@code key=value} pairs, in our layout. */
    public static final int PAIRS_PARAMETER = 11;

    // What a value that belongs to another script looks like: a link, an image, an e-mail address.
    private static final Pattern URL = Pattern.compile("^[a-z][a-z0-9+.-]*://", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE =
            Pattern.compile("\\.(png|jpe?g|gif|icns|heic|svg|tiff?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s/]+@[^@\\s/]+\\.[a-z]{2,}$", Pattern.CASE_INSENSITIVE);

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
        layout = layout == null ? ParameterLayout.ESCROW_BOOTSTRAP : layout;
    }

    /** No parameters (run by hand). */
    public static JamfParameters none() {
        return new JamfParameters(List.of(), null);
    }

    /** The arguments after the mode, exactly as Jamf passed them: {@code $1} first, in our layout. */
    public static JamfParameters of(List<String> arguments) {
        return new JamfParameters(arguments, null);
    }

    /** The arguments after the mode, read in {@code layout}. */
    public static JamfParameters of(List<String> arguments, ParameterLayout layout) {
        return new JamfParameters(arguments, layout);
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

    /** The config file parameter ({@code $4} in our layout), when given and plausibly a path. */
    public Optional<Path> configFile() {
        int n = layout.configFileParameter();
        if (n == 0) {
            return Optional.empty();
        }
        return nonBlank(get(n)).filter(v -> misplaced(v, null).isEmpty()).map(Path::of);
    }

    /** The settings in {@code $4}–{@code $11}, as a config layer; problems cover cut, misplaced and malformed values. */
    EscrowConfigLayer layer() {
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        int configFile = layout.configFileParameter();
        if (configFile != 0 && !get(configFile).isBlank()) {
            misplaced(get(configFile).strip(), null)
                    .ifPresent(why -> problems.add(wrongKind(configFile, "the config file path", why)));
        }
        for (int n = 4; n <= 11; n++) {
            if (get(n).length() >= MAX_LENGTH) {
                problems.add(EscrowConfigProblem.warning(
                        where(n),
                        null,
                        "is " + get(n).length() + " characters long: Jamf cuts parameters at " + MAX_LENGTH
                                + ", so it was probably cut short; put long values in the config file"));
            }
        }
        for (Slot slot : layout.slots()) {
            String value = get(slot.number()).strip();
            if (value.isEmpty()) {
                continue;
            }
            Optional<String> misplaced = misplaced(value, slot.key());
            if (misplaced.isPresent()) {
                problems.add(wrongKind(slot.number(), slot.key().key(), misplaced.get()));
                continue;
            }
            settings.add(
                    new EscrowRawSetting(slot.key().key(), value, source(slot.number()), where(slot.number()), null));
        }
        int pairsParameter = layout.pairsParameter();
        String pairs = pairsParameter == 0 ? "" : get(pairsParameter);
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

    /**
     * Why {@code value} cannot be meant for the slot of {@code key} (null: the config file path), when it clearly
     * belongs to another script's layout; empty when it may be.
     */
    private static Optional<String> misplaced(String value, EscrowConfigKey key) {
        boolean takesAnything =
                key != null && key.type() != EscrowConfigKey.Type.INTEGER && key.type() != EscrowConfigKey.Type.BOOLEAN;
        if (takesAnything) {
            return Optional.empty(); // texts, images and links: a mistyped one is the merger's ordinary warning
        }
        if (URL.matcher(value).find()) {
            return Optional.of("a link");
        }
        if (EMAIL.matcher(value).matches()) {
            return Optional.of("an e-mail address");
        }
        if (IMAGE.matcher(value).find()) {
            return Optional.of("an image");
        }
        return Optional.empty();
    }

    private EscrowConfigProblem wrongKind(int n, String meaning, String what) {
        return EscrowConfigProblem.error(
                where(n),
                null,
                "is " + meaning + " in the " + layout.id() + " parameter layout, but holds " + what
                        + "; it is not used. Is this policy set up for another script's parameters? Choose their"
                        + " layout (" + ParameterLayout.names() + ", see docs/migrating.md)");
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

package org.escrowbootstrap.config.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.escrowbootstrap.config.dialog.DialogArguments.Flag;
import org.escrowbootstrap.config.dialog.DialogArguments.Text;
import org.escrowbootstrap.config.dialog.DialogOption.Kind;
import org.escrowbootstrap.config.dialog.DialogOption.Support;

/**
 * Reads swiftDialog options from the command line, with swiftDialog's argument model.
 *
 * <p>A token names an option only by exact match ({@code --title}, {@code -t}). The value is the next token unless
 * that starts with {@code -}: then the option is present without a value. The first occurrence of a single-valued
 * option counts; repeatable options collect every occurrence. A literal backslash-n in a value becomes a newline.
 * Where swiftDialog silently ignores something (unknown options, stray words), we ignore it too, with a warning.
 */
final class DialogCommandLine {

    private final List<String> warnings;
    private final Set<DialogOption> warnedUnsupported = new HashSet<>();
    /** A setting macOS takes from any program's arguments (NSUserDefaults' argument domain), such as -AppleLanguages. */
    private static final Pattern MACOS_DEFAULT = Pattern.compile("-(Apple|NS)[A-Za-z]+");

    /** A token already explained as a value that was refused, so it gets no second "unknown option" warning. */
    private int explainedIndex = -1;

    private DialogCommandLine(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Parses {@code args} (the arguments after the mode), adding a line to {@code warnings} for each problem. */
    static DialogArguments parse(List<String> args, List<String> warnings) {
        return new DialogCommandLine(warnings).parse(args);
    }

    private DialogArguments parse(List<String> args) {
        DialogArguments parsed = new DialogArguments();
        int i = 0;
        while (i < args.size()) {
            String token = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (!isOptionLike(token)) {
                if (!token.isEmpty()) { // swiftDialog's launcher drops empty arguments
                    warnings.add("ignored \"" + token + "\": it is neither an option nor an option's value");
                }
                i++;
                continue;
            }
            Optional<DialogOption> known = DialogOption.byToken(token);
            if (known.isEmpty()) {
                if (i == explainedIndex) {
                    i++;
                    continue;
                }
                // swiftDialog ignores an unknown option and, as nothing reads it, the value after it too.
                boolean skipValue = next != null && !isOptionLike(next) && !next.isEmpty();
                warnUnknown(token, skipValue ? next : null);
                i += skipValue ? 2 : 1;
                continue;
            }
            DialogOption option = known.get();
            String value = null;
            if (option.kind().takesValue() && next != null && !isOptionLike(next)) {
                value = next.replace("\\n", "\n");
                i += 2;
            } else {
                i++;
                if (option.kind() == Kind.FLAG && next != null && !isOptionLike(next) && !next.isEmpty()) {
                    warnings.add(option.display() + " takes no value; \"" + next + "\" ignored");
                    i++;
                }
            }
            if (store(parsed, option, token, value, next)) {
                explainedIndex = i; // i already points at the refused token
            }
        }
        return parsed;
    }

    /** Records the option; returns true when a refused value was explained (the next token, starting with '-'). */
    private boolean store(DialogArguments parsed, DialogOption option, String token, String value, String next) {
        if (option.support() == Support.UNSUPPORTED) {
            if (warnedUnsupported.add(option)) {
                warnings.add(token + " is not supported by escrow-bootstrap, ignored");
            }
            return false;
        }
        if (option.support() == Support.NO_EFFECT) {
            return false;
        }
        boolean explained = false;
        if (value == null && (option.kind() == Kind.VALUE || option.kind() == Kind.REPEATABLE)) {
            explained = warnMissingValue(token, next);
        }
        if (option.kind() == Kind.REPEATABLE) {
            parsed.add(option, value == null ? "" : value);
        } else if (parsed.get(option).isPresent()) {
            warnings.add(token + " given more than once; the first one counts");
        } else {
            parsed.put(option, option.kind() == Kind.FLAG ? new Flag(true) : new Text(value == null ? "" : value));
        }
        return explained;
    }

    private boolean warnMissingValue(String token, String next) {
        if (next != null && !next.startsWith("--") && DialogOption.byToken(next).isEmpty()) {
            warnings.add(token + " has no value: \"" + next + "\" starts with '-', and by swiftDialog's rules a value"
                    + " never does (put such a value in --jsonstring)");
            return true;
        }
        Optional<DialogOption> shortOption =
                next != null && !next.startsWith("--") ? DialogOption.byToken(next) : Optional.empty();
        if (shortOption.isPresent()) {
            warnings.add(token + " has no value: \"" + next + "\" is read as the option "
                    + shortOption.get().display() + ", since by swiftDialog's rules a value never starts with '-'");
            return false;
        }
        warnings.add(token + " has no value");
        return false;
    }

    private void warnUnknown(String token, String skippedValue) {
        int equals = token.indexOf('=');
        if (equals > 0 && DialogOption.byToken(token.substring(0, equals)).isPresent()) {
            String name = token.substring(0, equals);
            warnings.add("ignored " + token + ": write " + name + " VALUE, with a space, not " + name + "=VALUE");
            return;
        }
        String value = skippedValue == null ? "" : " with its value \"" + skippedValue + "\"";
        if (MACOS_DEFAULT.matcher(token).matches()) {
            // -AppleLanguages "(en)": macOS reads these for AppKit (erase-install sets the language this way)
            warnings.add(token + " is not supported by escrow-bootstrap (a macOS setting, not a swiftDialog option),"
                    + " ignored" + value);
            return;
        }
        String hint = " (did you mean " + DialogOption.closestToken(token) + "?)";
        warnings.add("unknown option " + token + hint + ", ignored" + value);
    }

    /** A token swiftDialog never takes as a value: anything starting with a dash. */
    private static boolean isOptionLike(String token) {
        return token.startsWith("-");
    }
}

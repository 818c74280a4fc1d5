package org.escrowbootstrap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags of one mode ({@code escrow}, {@code preview}, …) and its positional arguments.
 *
 * <p>Flags come first; from the first positional argument on, everything is positional, because Jamf's {@code $1}
 * to {@code $11} are whatever an admin typed and may look like flags.
 */
final class Args {

    /** A usage mistake, with the message for stderr. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {}

    /**
     * Parses {@code argv}.
     *
     * @param withValue flags that take a value (repeatable ones collect every value)
     * @param flags flags without a value
     */
    static Args parse(String mode, String[] argv, Set<String> withValue, Set<String> flags) throws UsageException {
        Args args = new Args();
        int i = 0;
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("--") || a.length() == 2) {
                break;
            }
            String name = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            if (withValue.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException(mode + ": " + name + " needs a value");
                    }
                    value = argv[++i];
                }
                args.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (flags.contains(name) && inline == null) {
                args.values.computeIfAbsent(name, k -> new ArrayList<>()).add("");
            } else {
                throw new UsageException(mode + ": unknown option " + name + " (try " + mode + " --help)");
            }
        }
        for (; i < argv.length; i++) {
            args.positional.add(argv[i]);
        }
        return args;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> value(String name) {
        List<String> all = values.get(name);
        return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    List<String> positional() {
        return List.copyOf(positional);
    }
}

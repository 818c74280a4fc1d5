package org.escrowbootstrap.config;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Suggests the known key closest to a misspelt one, so a typo in a config says what was probably meant. */
final class EscrowKeySuggestions {

    private static final Set<String> SECTIONS = sections();

    private EscrowKeySuggestions() {}

    static boolean isSection(String name) {
        return SECTIONS.contains(name);
    }

    /** {@code " (did you mean \"branding.banner\"?)"}, or empty when nothing is close. */
    static String hintForKey(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = unknown.toLowerCase(Locale.ROOT);
        String wantedLeaf = wanted.substring(wanted.indexOf('.') + 1);
        int threshold = Math.max(2, wanted.length() / 3);
        // A typo inside a known section most likely means a key of that section: look there first.
        int dot = wanted.indexOf('.');
        if (dot > 0) {
            String section = wanted.substring(0, dot);
            for (EscrowConfigKey key : EscrowConfigKey.values()) {
                if (!key.section().equalsIgnoreCase(section)) {
                    continue;
                }
                int distance = closeness(wantedLeaf, key.leaf().toLowerCase(Locale.ROOT));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = key.key();
                }
            }
            if (best != null && bestDistance <= Math.max(2, wantedLeaf.length() / 3)) {
                return " (did you mean \"" + best + "\"?)";
            }
            best = null;
            bestDistance = Integer.MAX_VALUE;
        }
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            String name = key.key().toLowerCase(Locale.ROOT);
            // A right name in the wrong section ("texts.banner") is as close as a typo.
            int distance = Math.min(
                    closeness(wanted, name), closeness(wantedLeaf, key.leaf().toLowerCase(Locale.ROOT)) + 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = key.key();
            }
        }
        return best != null && bestDistance <= threshold ? " (did you mean \"" + best + "\"?)" : "";
    }

    static String hintForSection(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String section : SECTIONS) {
            int distance = closeness(unknown.toLowerCase(Locale.ROOT), section.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = section;
            }
        }
        if (EscrowConfigKey.find(unknown).isPresent()) {
            return " (write it nested: {\"" + unknown.substring(0, unknown.indexOf('.')) + "\": {\""
                    + unknown.substring(unknown.indexOf('.') + 1) + "\": …}})";
        }
        return best != null && bestDistance <= Math.max(2, unknown.length() / 3)
                ? " (did you mean \"" + best + "\"?)"
                : " (sections: " + String.join(", ", SECTIONS) + ")";
    }

    /** The edit distance, but a name cut short ("brand" for "branding") counts as one edit. */
    private static int closeness(String typed, String known) {
        int d = distance(typed, known);
        boolean cutShort = typed.length() >= 3 && (known.startsWith(typed) || typed.startsWith(known));
        return cutShort ? Math.min(d, 1) : d;
    }

    /** Levenshtein distance: edits (insert, delete, replace) from one text to the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> sections() {
        TreeSet<String> names = new TreeSet<>();
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            names.add(key.section());
        }
        return Collections.unmodifiableSortedSet(names);
    }
}

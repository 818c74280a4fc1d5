package org.escrowbootstrap.config.dialog;

import java.util.Collection;
import java.util.Comparator;

/**
 * Edit distance between names, for "did you mean --title?" hints: insertions, deletions, substitutions and swaps of
 * two neighbouring characters each count one (optimal string alignment), so {@code --titel} is nearest to
 * {@code --title}.
 */
final class EditDistance {

    private EditDistance() {}

    /** The number of single-character edits (a swap of neighbours counting one) that turn {@code a} into {@code b}. */
    static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The candidate nearest to {@code name}; ties go to the alphabetically first, so the hint never flickers. */
    static String closest(String name, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.<String>comparingInt(candidate -> between(name, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}

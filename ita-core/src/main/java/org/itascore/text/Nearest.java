package org.itascore.text;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest a name given, to suggest when the given one is unknown: the one known name holding every
 * part of the given one ({@code obec-2566} for {@code obec-esa-2566}, parts split at hyphens), or else the one
 * known name of the fewest single-character insertions, deletions, substitutions or swaps of two neighbours
 * (optimal string alignment distance, {@code obec-esa-2656} for {@code obec-esa-2566}), case ignored, within a
 * third of the name's length (at least two). Two names as near are no suggestion: {@code nacc-2570} is as near
 * {@code nacc-2566} as {@code nacc-2569}, and a year is not a slip of the keyboard. Stateless.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * {@return the known name nearest the given one, when one is near enough to be a slip of the keyboard; the first
     * known name of the fewest edits when several are}
     *
     * @param given the name as given
     * @param known the names known
     */
    public static Optional<String> to(String given, Collection<String> known) {
        requireNonNull(given, "given");
        requireNonNull(known, "known");
        String g = given.strip().toLowerCase(Locale.ROOT);
        java.util.List<String> parts = java.util.List.of(g.split("-"));
        java.util.List<String> holding = known.stream().filter(name -> !name.equalsIgnoreCase(g)
                && java.util.List.of(name.toLowerCase(Locale.ROOT).split("-")).containsAll(parts)).toList();
        if (parts.size() > 1 && holding.size() == 1) {
            return Optional.of(holding.get(0));
        }
        int limit = Math.max(2, g.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tied = false;
        for (String name : known) {
            int d = distance(g, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tied = false;
            } else if (d == bestDistance) {
                tied = true;
            }
        }
        return best != null && !tied && bestDistance > 0 && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** {@return the optimal string alignment distance of two texts} */
    static int distance(String a, String b) {
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

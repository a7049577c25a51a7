package dev.keyward.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps one finding per secret when several matches cover the same text:
 * <ul>
 *   <li>a catch-all rule ({@code catch-all: true}, e.g. {@code generic-secret-assignment}) gives way to
 *       any other rule whose secret overlaps its own;
 *   <li>the same rule found twice (directly and inside decoded text, or through two decodings) is
 *       kept once: the match with the fewest decoding layers, then the earliest and longest;
 *   <li>two other rules on exactly the same secret: the higher severity wins; at equal severity both
 *       stay, since neither reading is more important and hiding one would hide a rule-pack conflict;
 *   <li>a match inside decoded text that overlaps a direct match of another rule gives way to it
 *       (a second reading of the same characters, e.g. a PEM body inside a JSON string), unless it is
 *       more severe: then both stay (a key hidden inside a token is a secret of its own);
 *   <li>two matches inside decoded text, of other rules: the more severe wins, then the one with
 *       fewer layers.
 * </ul>
 * Other overlaps (two rules on different, overlapping secrets) are all reported.
 */
final class Overlaps {
  /** Text order, then direct before decoded, then longer first. */
  private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::secretStart)
      .thenComparingInt(m -> m.decoding().layers().size())
      .thenComparingInt(m -> -m.secretEnd())
      .thenComparing(m -> m.rule().id());

  private Overlaps() {}

  /** {@code matches} without the ones that repeat another; sorted by position, then rule id. */
  static List<Match> resolve(List<Match> matches) {
    if (matches.size() < 2) {
      return matches;
    }
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(ORDER);
    boolean[] dropped = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Match a = sorted.get(i);
      for (int j = i + 1; j < sorted.size() && sorted.get(j).secretStart() < a.secretEnd(); j++) {
        if (dropped[i]) {
          break;
        }
        if (!dropped[j]) {
          int loser = loser(a, sorted.get(j));
          if (loser != 0) {
            dropped[loser < 0 ? i : j] = true;
          }
        }
      }
    }
    List<Match> kept = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      if (!dropped[i]) {
        kept.add(sorted.get(i));
      }
    }
    kept.sort(Comparator.comparingInt(Match::secretStart).thenComparing(m -> m.rule().id()));
    return kept;
  }

  /**
   * Of two overlapping matches, {@code a} before {@code b} in {@link #ORDER}: -1 to drop {@code a},
   * 1 to drop {@code b}, 0 to keep both.
   */
  static int loser(Match a, Match b) {
    boolean aCatchAll = a.rule().catchAll();
    if (aCatchAll != b.rule().catchAll()) {
      return aCatchAll ? -1 : 1;
    }
    if (a.rule() == b.rule()) {
      return 1;
    }
    int severity = a.rule().severity().compareTo(b.rule().severity());
    boolean aDecoded = a.decoding().isDecoded();
    boolean bDecoded = b.decoding().isDecoded();
    if (!aDecoded && !bDecoded) {
      return a.sameRange(b) && severity != 0 ? lower(severity) : 0;
    }
    if (aDecoded != bDecoded) {
      int decodedVsDirect = aDecoded ? severity : -severity;
      return decodedVsDirect > 0 ? 0 : aDecoded ? -1 : 1;
    }
    return severity != 0 ? lower(severity) : 1;
  }

  /** Drops the less severe of a and b, given {@code a.severity().compareTo(b.severity())}, not 0. */
  private static int lower(int severity) {
    return severity < 0 ? -1 : 1;
  }
}

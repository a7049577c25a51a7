package dev.keyward.core.engine;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.rule.Rule;

/**
 * A confirmed secret: which rule, and where its {@code secret} group lies in the {@link Content}'s
 * text (char offsets, end exclusive). For a secret found inside encoded text the range is that of the
 * encoded text that holds it, and {@link #decoding()} carries the decoded secret.
 */
public record Match(Rule rule, int secretStart, int secretEnd, Decoding decoding) {
  public Match {
    requireNonNull(rule, "rule");
    requireNonNull(decoding, "decoding");
    if (secretStart < 0 || secretEnd <= secretStart) {
      throw new IllegalArgumentException("empty or negative secret range");
    }
  }

  /** A match found in the text as it is. */
  public Match(Rule rule, int secretStart, int secretEnd) {
    this(rule, secretStart, secretEnd, Decoding.NONE);
  }

  boolean overlaps(Match other) {
    return secretStart < other.secretEnd && other.secretStart < secretEnd;
  }

  boolean sameRange(Match other) {
    return secretStart == other.secretStart && secretEnd == other.secretEnd;
  }
}

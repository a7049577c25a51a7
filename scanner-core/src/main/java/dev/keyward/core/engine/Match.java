package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;

/**
 * A confirmed secret: which rule, and where its {@code secret} group lies in the {@link Content}'s
 * text (char offsets, end exclusive).
 */
public record Match(Rule rule, int secretStart, int secretEnd) {
  public Match {
    if (secretStart < 0 || secretEnd <= secretStart) {
      throw new IllegalArgumentException("empty or negative secret range");
    }
  }
}

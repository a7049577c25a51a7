package dev.keyward.rules.accuracy;

import dev.keyward.core.finding.Span;

/**
 * One entry of the ground truth: a planted secret or a hard negative, where it is and how it got
 * there.
 *
 * @param file path in the corpus, with {@code /}
 * @param format the {@link Format} id (or a negative-only file's kind, e.g. {@code go-sum})
 * @param label the rule id of a planted secret, the category of a negative
 * @param family a secret's rule family ({@code anthropic}); for a negative, the family of the file it is in
 * @param embedding how it is written: {@code assignment}, {@code verbatim}, {@code block}, {@code json}, or the
 *     negative's shape
 * @param span where the secret (as written, so escaped or encoded) or the negative value lies
 * @param entry where the whole entry holding it lies (the assignment, the cell, the block)
 * @param sample what the span holds, for checking; kept in memory only, never written to the manifest
 */
record Plant(String file, String format, String fileType, Kind kind, String label, String family, String embedding,
    Span span, Span entry, Sample sample) {
  enum Kind { POSITIVE, NEGATIVE }

  boolean positive() {
    return kind == Kind.POSITIVE;
  }

  /** The text a span holds and, for a secret, the secret itself. {@link #toString()} shows neither. */
  static final class Sample {
    private final String expected;
    private final String secret;

    Sample(String expected, String secret) {
      this.expected = expected;
      this.secret = secret;
    }

    static Sample none() {
      return new Sample("", "");
    }

    /** The text at the plant's span, as the file holds it. */
    String expected() {
      return expected;
    }

    /** The secret as the rule example made it (empty for a negative). */
    String secret() {
      return secret;
    }

    @Override
    public String toString() {
      return "Sample[redacted]";
    }
  }
}

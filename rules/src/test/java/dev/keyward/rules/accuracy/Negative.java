package dev.keyward.rules.accuracy;

/**
 * A hard negative: something that looks like a secret to a careless scanner but is not one.
 *
 * @param category what kind of look-alike (placeholder, uuid, lockfile-integrity, …)
 * @param shape whether {@code value} is a one-line literal, a multi-line literal, or absent (the
 *     format writes an environment or secret-store lookup of {@code name})
 */
record Negative(String category, Name name, Shape shape, Marked value) {
  enum Shape { VALUE, BLOCK, REFERENCE }

  static Negative value(String category, Name name, String value) {
    return new Negative(category, name, Shape.VALUE, Marked.whole(value));
  }

  static Negative block(String category, Name name, String value) {
    return new Negative(category, name, Shape.BLOCK, Marked.whole(value));
  }

  static Negative reference(String category, Name name) {
    return new Negative(category, name, Shape.REFERENCE, Marked.whole(""));
  }
}

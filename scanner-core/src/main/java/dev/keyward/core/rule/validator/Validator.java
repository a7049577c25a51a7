package dev.keyward.core.rule.validator;

/**
 * A structural check a candidate secret must pass to be a finding (a checksum, a decodable header).
 * Implementations are stateless and thread-safe; they are named in rule files by {@link #name()}.
 */
public interface Validator {
  /** The name rules use, e.g. {@code github-crc32}. */
  String name();

  boolean isValid(CharSequence secret);
}

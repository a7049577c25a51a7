package dev.keyward.core.finding;

import java.util.Objects;

/**
 * The text around a secret (one line, trimmed to a bounded width). It knows where the secret is so
 * it can render itself with the secret redacted; {@link #toString()} is always redacted.
 */
public final class Excerpt {
  private final String text;
  private final int secretStart;
  private final int secretEnd;

  /**
   * @param text the excerpt, without line terminators
   * @param secretStart index in {@code text} where the (visible part of the) secret starts
   * @param secretEnd exclusive end of the secret within {@code text}
   */
  public Excerpt(String text, int secretStart, int secretEnd) {
    this.text = Objects.requireNonNull(text, "text");
    if (secretStart < 0 || secretEnd < secretStart || secretEnd > text.length()) {
      throw new IllegalArgumentException("secret bounds outside the excerpt");
    }
    this.secretStart = secretStart;
    this.secretEnd = secretEnd;
  }

  /** The excerpt with the secret replaced by its redacted form. */
  public String redacted() {
    if (secretEnd == secretStart) {
      return text;
    }
    String secret = text.substring(secretStart, secretEnd);
    return text.substring(0, secretStart) + Redaction.redact(secret) + text.substring(secretEnd);
  }

  /** The excerpt as it is in the file; only for {@code --no-redact}. */
  public String reveal() {
    return text;
  }

  public String render(boolean redact) {
    return redact ? redacted() : text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Excerpt e
        && e.text.equals(text) && e.secretStart == secretStart && e.secretEnd == secretEnd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, secretStart, secretEnd);
  }

  @Override
  public String toString() {
    return redacted();
  }
}

package dev.keyward.core.finding;

import java.util.Objects;

/**
 * A secret value. Its {@link #toString()} never shows it, so it cannot leak into logs or assertion
 * messages; only {@link #reveal()} does, for {@code --no-redact}.
 */
public final class Secret {
  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret is never empty");
    }
  }

  public String reveal() {
    return value;
  }

  public int length() {
    return value.length();
  }

  /** A form safe to show: a short prefix and the length, e.g. {@code sk-a…(108 chars)}. */
  public String redacted() {
    return Redaction.redact(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}

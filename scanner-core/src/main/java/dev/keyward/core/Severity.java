package dev.keyward.core;

import java.util.Locale;

/** How bad a finding is; ordered from least to most severe. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The lower-case name used in rule files, options and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses {@code low|medium|high|critical} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity fromName(String name) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + name + "' (expected low, medium, high or critical)");
  }
}

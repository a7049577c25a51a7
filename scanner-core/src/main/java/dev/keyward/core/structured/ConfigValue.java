package dev.keyward.core.structured;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One scalar value of a parsed configuration file and where it is written.
 *
 * @param path the key path, {@link dev.keyward.core.rule.KeyPath#normalize normalized} segments
 *     ({@code [spring, datasource, password]}; a list item is {@code [0]})
 * @param value the value as the application reads it (unquoted, unescaped, entities resolved)
 * @param start where the value is written in the decoded text (inside quotes; the first line of a
 *     value written over several lines)
 * @param end exclusive; greater than {@code start}
 */
record ConfigValue(List<String> path, String value, int start, int end) {
  ConfigValue {
    path = List.copyOf(path);
    requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative value range");
    }
  }

  /** Redacted: the value may be a secret. */
  @Override
  public String toString() {
    return "ConfigValue[" + String.join(".", path) + " at " + start + ".." + end + "]";
  }
}

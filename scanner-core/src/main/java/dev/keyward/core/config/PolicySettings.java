package dev.keyward.core.config;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.YamlDocument;
import java.io.IOException;
import java.util.Map;

/**
 * The {@code policies:} section of {@code .keyward.yaml}: the hook for policy settings (owned by the
 * policy checks, {@code core.policy}). Until policies define settings, only an empty mapping is
 * accepted, so that a setting written today is an error rather than silently ignored.
 *
 * <p>To add settings: give this record components, read them in {@link #read}, and print them in
 * {@link ConfigPrinter}.
 */
public record PolicySettings() {
  private static final PolicySettings DEFAULTS = new PolicySettings();

  public static PolicySettings defaults() {
    return DEFAULTS;
  }

  /** Reads the value of {@code policies:} at the cursor. */
  static PolicySettings read(YamlDocument.Cursor cursor) throws IOException, ConfigException {
    int line = cursor.line();
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = cursor.read(Map.class);
    if (settings != null && !settings.isEmpty()) {
      throw cursor.error(line, "policies: unknown key '" + settings.keySet().iterator().next()
          + "' (no policy settings are defined yet)");
    }
    return DEFAULTS;
  }
}

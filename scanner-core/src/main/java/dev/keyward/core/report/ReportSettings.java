package dev.keyward.core.report;

import static java.util.Objects.requireNonNull;

/**
 * How to write a report.
 *
 * @param redact hide secrets (the default; {@code --no-redact} turns it off)
 * @param color use ANSI colour (text only, and only on a terminal)
 * @param toolVersion Keyward's version, for SARIF and JSON
 */
public record ReportSettings(boolean redact, boolean color, String toolVersion) {
  public ReportSettings {
    requireNonNull(toolVersion, "toolVersion");
  }

  public static ReportSettings defaults() {
    return new ReportSettings(true, false, KeywardVersion.get());
  }
}

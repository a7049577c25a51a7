package dev.keyward.maven;

import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import java.nio.file.Path;

/** The build failure's text: the core's summary (each finding, redacted; how to suppress), plus the goal's own baseline hint. */
final class FailureMessage {
  private FailureMessage() {}

  static String of(ScanResult result, Severity threshold, Path reports) {
    return result.failureSummary(threshold) + "\nTo adopt Keyward on existing code, record today's findings with "
        + "`mvn keyward:baseline` and set <baseline>.keyward-baseline.json</baseline> (keyward.baseline): only new "
        + "findings fail the build then. Skip once with -Dkeyward.skip. Reports: " + reports;
  }
}

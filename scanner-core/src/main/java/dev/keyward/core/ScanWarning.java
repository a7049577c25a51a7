package dev.keyward.core;

import static java.util.Objects.requireNonNull;

/**
 * Something the scan could not fully do (a file unreadable, too large, a broken link). The scan goes
 * on; the warning is reported.
 *
 * @param path the display path of what was affected
 * @param reason why
 * @param detail a human sentence with specifics
 */
public record ScanWarning(String path, SkipReason reason, String detail) {
  public ScanWarning {
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  public String message() {
    return path + ": " + detail;
  }
}

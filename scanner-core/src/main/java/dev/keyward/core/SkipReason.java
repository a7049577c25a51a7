package dev.keyward.core;

/** Why content was not scanned. Every skip is counted in the summary. */
public enum SkipReason {
  BINARY("binary", false),
  TOO_LARGE("too large", true),
  UNREADABLE("unreadable", true),
  SYMLINK("symlink not followed", false),
  SYMLINK_OUTSIDE_ROOT("symlink out of the scan root", true),
  BROKEN_SYMLINK("broken symlink", true),
  SPECIAL_FILE("not a regular file", false),
  SUBMODULE("submodule, not scanned", true),
  MISSING_OBJECT("missing git object", true),
  SHALLOW_HISTORY("history cut by a shallow clone", true),
  /** A policy applies but could not check, e.g. permissions on a file system without POSIX modes. */
  NOT_CHECKED("not checked", true),
  ARCHIVE_LIMIT("archive limit reached", true);

  private final String label;
  private final boolean warns;

  SkipReason(String label, boolean warns) {
    this.label = label;
    this.warns = warns;
  }

  /** Stable machine name for JSON and SARIF, e.g. {@code too-large}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Short text for summaries, e.g. {@code too large}. */
  public String label() {
    return label;
  }

  /** Whether a skip of this kind is worth a warning line of its own (binary files are not). */
  public boolean warns() {
    return warns;
  }
}

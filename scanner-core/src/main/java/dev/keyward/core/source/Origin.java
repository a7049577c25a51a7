package dev.keyward.core.source;

/** Where scanned content came from. A closed set: each source kind has its own record. */
public sealed interface Origin permits FileOrigin, CommitOrigin, IndexOrigin, ArchiveEntryOrigin {
  /**
   * The path relative to the scan root, with forward slashes, e.g. {@code src/main/App.java}. This
   * is what fingerprints and reports use.
   */
  String path();

  /** The path as a person reads it in a report (for archives: {@code app.jar!/inner/file}). */
  default String displayPath() {
    return path();
  }
}

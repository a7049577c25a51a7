package dev.keyward.core.source.archive;

/**
 * Bounds on opening one archive, against zip bombs and deep nesting. Each bound counts across the
 * archive and everything nested in it. Hitting a bound stops that archive (or, for depth and entry
 * size, that entry) with a warning, never silently.
 *
 * @param maxDepth how deep nested archives are opened: 1 opens only the outer archive (default 3)
 * @param maxEntries how many file entries are read in all (default 10,000)
 * @param maxTotalBytes how many bytes are inflated in all (default 256 MiB)
 * @param maxEntryBytes the largest single entry read (default 10 MiB, the file limit)
 */
public record ArchiveLimits(int maxDepth, int maxEntries, long maxTotalBytes, long maxEntryBytes) {
  public static final int DEFAULT_MAX_DEPTH = 3;
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  public static final long DEFAULT_MAX_TOTAL_BYTES = 256L * 1024 * 1024;
  public static final long DEFAULT_MAX_ENTRY_BYTES = 10L * 1024 * 1024;

  public ArchiveLimits {
    positive("maxDepth", maxDepth);
    positive("maxEntries", maxEntries);
    positive("maxTotalBytes", maxTotalBytes);
    positive("maxEntryBytes", maxEntryBytes);
    if (maxEntryBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxEntryBytes must fit in an array, was " + maxEntryBytes);
    }
  }

  public static ArchiveLimits defaults() {
    return new ArchiveLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ENTRY_BYTES);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}

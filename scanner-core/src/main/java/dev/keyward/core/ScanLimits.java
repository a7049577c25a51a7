package dev.keyward.core;

/**
 * Bounds that keep a scan safe on hostile input. Hitting a bound yields a {@link ScanWarning} or a
 * counted skip, never a silent one.
 *
 * @param maxFileBytes files larger than this are skipped (default 10 MiB)
 * @param maxExcerptChars the longest excerpt a finding carries (default 160)
 */
public record ScanLimits(long maxFileBytes, int maxExcerptChars) {
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_EXCERPT_CHARS = 160;

  public ScanLimits {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxExcerptChars < 20) {
      throw new IllegalArgumentException("maxExcerptChars must be at least 20, was " + maxExcerptChars);
    }
  }

  public static ScanLimits defaults() {
    return new ScanLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_EXCERPT_CHARS);
  }

  /** Why content of {@code size} bytes was skipped, for a warning. */
  public String overFileLimit(long size) {
    return "skipped: " + dev.keyward.core.source.fs.Sizes.format(size) + " is over the "
        + dev.keyward.core.source.fs.Sizes.format(maxFileBytes) + " limit (raise it with --max-file-size)";
  }

  public ScanLimits withMaxFileBytes(long bytes) {
    return new ScanLimits(bytes, maxExcerptChars);
  }
}

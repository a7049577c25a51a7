package dev.keyward.core;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a scan covered: files and bytes scanned, what was skipped and why, findings the allowlist
 * removed, and how long it took.
 */
public record ScanStats(long filesScanned, long bytesScanned, Map<SkipReason, Long> skipped,
    long allowlisted, Duration elapsed, long commitsScanned, long blobsScanned) {
  /** Statistics of a scan that read no git history. */
  public ScanStats(long filesScanned, long bytesScanned, Map<SkipReason, Long> skipped, long allowlisted,
      Duration elapsed) {
    this(filesScanned, bytesScanned, skipped, allowlisted, elapsed, 0, 0);
  }

  public ScanStats {
    EnumMap<SkipReason, Long> copy = new EnumMap<>(SkipReason.class);
    copy.putAll(Objects.requireNonNull(skipped, "skipped"));
    copy.values().removeIf(v -> v == 0);
    skipped = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}

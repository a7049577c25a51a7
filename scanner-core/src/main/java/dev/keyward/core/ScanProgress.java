package dev.keyward.core;

import java.util.OptionalLong;

/**
 * How far a running scan has got: items (files or blobs) done, the total once the source knows it,
 * and bytes read.
 *
 * @param unit what an item is, plural, for a person ({@code "files"}, {@code "blobs"})
 * @param total the number of items the source will deliver, or -1 while it is not known
 */
public record ScanProgress(String unit, long done, long total, long bytes) {
  public ScanProgress {
    if (done < 0 || bytes < 0 || total < -1) {
      throw new IllegalArgumentException("negative progress");
    }
  }

  public OptionalLong knownTotal() {
    return total < 0 ? OptionalLong.empty() : OptionalLong.of(total);
  }
}

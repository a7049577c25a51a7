package dev.keyward.core.source;

import dev.keyward.core.SkipReason;

/** Receives what a {@link Source} produces. Implementations are thread-safe. */
public interface FragmentSink {
  void accept(Fragment fragment);

  /** Something was not scanned; {@code detail} says what and why, for a human. */
  void skipped(String path, SkipReason reason, String detail);

  /**
   * The source now knows how many items (fragments plus skipped items) it delivers in all, for a
   * progress display; it may say so late, or never.
   */
  default void expect(long items) {}
}

package dev.keyward.core.source;

import dev.keyward.core.SkipReason;

/** Receives what a {@link Source} produces. Implementations are thread-safe. */
public interface FragmentSink {
  void accept(Fragment fragment);

  /** Something was not scanned; {@code detail} says what and why, for a human. */
  void skipped(String path, SkipReason reason, String detail);
}

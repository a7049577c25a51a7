package dev.keyward.core;

import java.util.function.Supplier;

/**
 * Watches a scan from the outside, e.g. to draw a progress line. The core never prints: it hands the
 * listener a view it may poll from its own thread until the scan ends.
 */
public interface ProgressListener {
  /** A listener that does nothing (the default). */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(Supplier<ScanProgress> progress) {}

    @Override
    public void finished() {}
  };

  /** The scan begins reading; {@code progress} is thread-safe and cheap to call. */
  void started(Supplier<ScanProgress> progress);

  /** The scan has read everything (also called when it fails). */
  void finished();
}

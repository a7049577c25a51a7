package dev.keyward.core.source;

import java.io.IOException;

/**
 * Produces the fragments of one kind of input (a working tree, git history, the index). A source
 * owns its parallelism: it may call the sink from several threads at once.
 */
public interface Source {
  /**
   * Feeds every fragment to {@code sink}. Per-item problems (an unreadable file) go to {@link
   * FragmentSink#skipped}; an {@link IOException} means the source as a whole cannot be read.
   */
  void scan(FragmentSink sink) throws IOException;
}

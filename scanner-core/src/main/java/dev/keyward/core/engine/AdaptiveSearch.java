package dev.keyward.core.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The default candidate search: the keyword search until the native one has loaded, on a background
 * thread, from the start (input known to be large: a working tree, a history) or once
 * {@code threshold} characters have been searched. Loading the native library and its database costs
 * a few hundred milliseconds, more than it saves on a small input (a pre-commit check of a few
 * files). Both searches yield the same findings, so which one served a text does not show.
 */
final class AdaptiveSearch implements CandidateSearch {
  private final KeywordSearch keywords;
  private final Supplier<CandidateSearch> nativeSearch;
  private final long threshold;
  private final AtomicLong searched = new AtomicLong();
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile CandidateSearch current;

  /** @param threshold characters to search before loading the native search; 0: load it now */
  AdaptiveSearch(KeywordSearch keywords, Supplier<CandidateSearch> nativeSearch, long threshold) {
    this.keywords = keywords;
    this.nativeSearch = nativeSearch;
    this.threshold = threshold;
    this.current = keywords;
    if (threshold <= 0) {
      load();
    }
  }

  @Override
  public Candidates search(Content content) {
    CandidateSearch search = current;
    if (search == keywords && !started.get() && searched.addAndGet(content.text().length()) >= threshold) {
      load();
    }
    return search.search(content);
  }

  private void load() {
    if (started.compareAndSet(false, true)) {
      Thread loader = new Thread(() -> current = nativeSearch.get(), "keyward-native-matcher");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /** The search in use now (for tests). */
  CandidateSearch current() {
    return current;
  }
}

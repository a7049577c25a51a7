package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which candidate search the {@link Engine} uses: the native matcher (Hyperscan) unless it cannot load
 * here or the user chose the Java engine with {@code -Dkeyward.engine=java} or
 * {@code KEYWARD_ENGINE=java}. When the native matcher was wanted but cannot load, one warning says why.
 */
enum EngineChoice {
  /**
   * The Java search until the native matcher has loaded, on a background thread, from the start or
   * after the first {@link #NATIVE_AFTER} characters; native at once if this class loader already has
   * it ready.
   */
  AUTO,
  /** Native from the first text, when available. */
  NATIVE,
  /** The pure-Java keyword search. */
  JAVA;

  static final String PROPERTY = "keyward.engine";
  static final String ENVIRONMENT = "KEYWARD_ENGINE";
  /**
   * Characters searched before AUTO loads the native matcher: 16 Mi, about 0.1 s of the Java search.
   * Loading took 0.15-0.5 s here (library 0.1-0.3 s, cached database under 1 ms, the rest JavaCPP).
   */
  static final long NATIVE_AFTER = 16L << 20;
  private static final Logger LOG = LoggerFactory.getLogger(EngineChoice.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  static EngineChoice fromEnvironment() {
    return parse(Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(ENVIRONMENT)));
  }

  static EngineChoice parse(String value) {
    if (value == null || value.isBlank()) {
      return AUTO;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      LOG.warn("keyward: unknown engine '{}' (use auto, native or java); using auto", value);
      return AUTO;
    }
  }

  CandidateSearch search(List<Rule> rules) {
    return search(rules, NATIVE_AFTER);
  }

  /** @param nativeAfter for AUTO, the characters searched in Java before the native matcher loads */
  CandidateSearch search(List<Rule> rules, long nativeAfter) {
    KeywordSearch keywords = new KeywordSearch(rules);
    if (this == JAVA) {
      LOG.debug("keyward: using the Java engine ({}=java)", PROPERTY);
      return keywords;
    }
    if (this == NATIVE || HyperscanCompiler.isReady(rules)) {
      return nativeOr(rules, keywords);
    }
    return new AdaptiveSearch(keywords, () -> nativeOr(rules, keywords), nativeAfter);
  }

  /** The native search, or {@code keywords} (with one warning per class loader) when it cannot be had. */
  static CandidateSearch nativeOr(List<Rule> rules, KeywordSearch keywords) {
    Optional<String> problem = HyperscanLibrary.problem();
    if (problem.isEmpty()) {
      try {
        return new HyperscanCompiler(DatabaseCache.userCache()).search(rules, keywords);
      } catch (RuntimeException | LinkageError e) {
        problem = Optional.of(e.toString());
      }
    }
    if (WARNED.compareAndSet(false, true)) {
      LOG.warn("keyward: native matcher unavailable on {} ({}); using the Java engine",
          HyperscanLibrary.platform(), problem.get());
    }
    return keywords;
  }
}

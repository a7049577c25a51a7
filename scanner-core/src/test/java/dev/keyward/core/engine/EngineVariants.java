package dev.keyward.core.engine;

import dev.keyward.core.rule.RulePack;
import java.util.Optional;

/** Engines with a given candidate search, for tests that compare them (shipped in core's test-jar). */
public final class EngineVariants {
  private EngineVariants() {}

  /** The engine with the pure-Java keyword search. */
  public static Engine java(RulePack pack) {
    return new Engine(pack, EngineChoice.JAVA);
  }

  /** The engine with the native (Hyperscan) search from the first text; empty where it cannot load. */
  public static Optional<Engine> nativeEngine(RulePack pack) {
    if (HyperscanLibrary.problem().isPresent()) {
      return Optional.empty();
    }
    Engine engine = new Engine(pack, EngineChoice.NATIVE);
    return engine.usesNativeSearch() ? Optional.of(engine) : Optional.empty();
  }

  /** Why the native matcher cannot load here (for assumption messages), or empty. */
  public static Optional<String> nativeProblem() {
    return HyperscanLibrary.problem();
  }
}

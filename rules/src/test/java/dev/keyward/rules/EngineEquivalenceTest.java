package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.EngineVariants;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.FakeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native (Hyperscan) engine and the pure-Java engine report the same findings (rule, line, column,
 * secret) for every example and negative of the built-in pack, alone and all in one file with CRLF line
 * ends and long lines. Skipped where the native library cannot load.
 */
class EngineEquivalenceTest {
  private static final long[] SEEDS = {1, 7, 2026};
  private static RulePack pack;
  private static Engine javaEngine;
  private static Engine nativeEngine;
  private static final FindingFactory FACTORY = new FindingFactory(ScanLimits.defaults());

  @BeforeAll
  static void engines() throws Exception {
    pack = RulePack.builtin();
    javaEngine = EngineVariants.java(pack);
    Optional<Engine> n = EngineVariants.nativeEngine(pack);
    assumeTrue(n.isPresent(), () -> "native matcher unavailable: " + EngineVariants.nativeProblem().orElse("?"));
    nativeEngine = n.get();
  }

  @Test
  void everyExampleAndNegative_sameFindingsFromBothEngines() {
    int compared = 0;
    for (String text : samples()) {
      assertEquals(findings(javaEngine, text), findings(nativeEngine, text), () -> "findings differ for: " + text);
      compared++;
    }
    assertTrue(compared > 2 * pack.size(), "compared " + compared + " samples");
  }

  @Test
  void allSamplesInOneCrlfFileWithLongLines_sameFindingsFromBothEngines() {
    List<String> samples = samples();
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < samples.size(); i++) {
      String sample = samples.get(i).replace("\r\n", "\n").replace("\n", "\r\n");
      file.append(sample).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? " " : "\n");
      if (i % 17 == 0) {
        file.append("x = 1; ".repeat(1500)).append(sample).append("\r\n");
      }
    }
    String text = file.toString();
    List<String> expected = findings(javaEngine, text);
    assertTrue(expected.size() > pack.size(), "expected the examples' findings; got " + expected.size());
    List<String> actual = findings(nativeEngine, text);
    assertEquals(List.of(), difference(expected, actual), "found by the Java engine only");
    assertEquals(List.of(), difference(actual, expected), "found by the native engine only");
    assertEquals(expected, actual, "same findings, same order");
  }

  private static List<String> difference(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest.subList(0, Math.min(rest.size(), 10));
  }

  /** Every example and negative of every rule, expanded with each seed. */
  private static List<String> samples() {
    List<String> samples = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      for (long seed : SEEDS) {
        rule.examples().forEach(t -> samples.add(FakeKeys.expand(t, seed).text()));
        rule.negatives().forEach(t -> samples.add(FakeKeys.expand(t, seed).text()));
      }
    }
    return samples;
  }

  /** What a user sees of each finding: rule, where, and which secret (by fingerprint). */
  private static List<String> findings(Engine engine, String text) {
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    FileOrigin origin = new FileOrigin("sample.txt");
    List<String> out = new ArrayList<>();
    for (Finding f : FACTORY.findings(origin, content, engine.find(content, origin.path()))) {
      out.add(f.ruleId() + "@" + f.span().line() + ":" + f.span().column() + "-" + f.span().endLine() + ":"
          + f.span().endColumn() + "#" + f.fingerprint());
    }
    return out;
  }
}

package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import dev.keyward.core.ScanLimits;
import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Example;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.structured.StructuredRules;
import dev.keyward.core.testkit.FakeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** The built-in pack as a scan applies it to one file's text: text rules, then structured rules. */
final class PackScan {
  private final RulePack pack;
  private final Engine engine;
  private final StructuredRules structured;
  private final FindingFactory factory = new FindingFactory(ScanLimits.defaults());

  PackScan(RulePack pack) {
    this.pack = pack;
    this.engine = new Engine(pack);
    this.structured = StructuredRules.of(pack);
  }

  static PackScan builtin() throws ConfigException {
    return new PackScan(RulePack.builtin());
  }

  RulePack pack() {
    return pack;
  }

  /** The seeds every templated example and negative is expanded with. */
  static final long[] SEEDS = {1, 2, 3, 42, 2026};

  /** A check of one rule case expanded with one seed. */
  @FunctionalInterface
  interface CaseCheck {
    void check(Rule rule, Example ex, FakeKeys.Expansion expansion, long seed) throws Exception;
  }

  /**
   * One dynamic test per case of every rule ({@code "<rule-id> <kind> <n>"}), running {@code check} on
   * the case expanded with each of {@link #SEEDS}.
   */
  static Stream<DynamicTest> perCase(RulePack pack, Function<Rule, List<Example>> cases, String kind,
      CaseCheck check) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      List<Example> list = cases.apply(rule);
      for (int i = 0; i < list.size(); i++) {
        Example ex = list.get(i);
        tests.add(DynamicTest.dynamicTest(rule.id() + " " + kind + " " + (i + 1), () -> {
          for (long seed : SEEDS) {
            check.check(rule, ex, FakeKeys.expand(ex.template(), seed), seed);
          }
        }));
      }
    }
    return tests.stream();
  }

  /** What a scan reports for {@code text} in the file at {@code path}. */
  List<Finding> scan(String text, String path) {
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    return factory.findings(new FileOrigin(path), content,
        structured.addTo(engine.find(content, path), content, path));
  }
}

package dev.keyward.core.structured;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Core's test rules plus the structured test rules. */
final class StructuredTestRules {
  private StructuredTestRules() {}

  static RulePack pack() {
    try (InputStream in = StructuredTestRules.class.getResourceAsStream("/dev/keyward/core/structured-test-rules.yaml")) {
      List<Rule> rules = new ArrayList<>(TestRules.pack().rules());
      rules.addAll(RuleLoader.read(new InputStreamReader(in, UTF_8), "structured-test-rules.yaml"));
      return RulePack.of(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }
}

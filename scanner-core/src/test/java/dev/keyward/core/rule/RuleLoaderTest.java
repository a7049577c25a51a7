package dev.keyward.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLoaderTest {
  private static final String GOOD = """
      rules:
        - id: demo-token
          title: Demo token
          severity: high
          keywords: [Demo_]
          regex: '(?<secret>demo_[a-z0-9]{20})'
          entropy: 2.5
          references: ['https://example.invalid/demo']
      """;

  @Test
  void read_validRule_compiled() throws ConfigException {
    List<Rule> rules = RuleLoader.read(GOOD, "demo.yaml");
    Rule r = rules.get(0);
    assertEquals("demo-token", r.id());
    assertEquals(Severity.HIGH, r.severity());
    assertEquals(List.of("demo_"), r.keywords());
    assertEquals(2.5, r.minEntropy().getAsDouble());
    assertEquals("Demo token", r.description());
    assertEquals("demo.yaml", r.definedIn());
  }

  @Test
  void read_catchAll_defaultsToFalse_trueWhenSet() throws ConfigException {
    assertFalse(RuleLoader.read(GOOD, "demo.yaml").get(0).catchAll());
    Rule r = RuleLoader.read(GOOD.replace("    entropy: 2.5", "    catch-all: true"), "demo.yaml").get(0);
    assertTrue(r.catchAll());
  }

  @Test
  void read_catchAllNotABoolean_namesKeyAndLine() {
    ConfigException e = error(GOOD.replace("    entropy: 2.5", "    catch-all: sometimes"));
    assertTrue(e.getMessage().startsWith("bad.yaml:7:"), e.getMessage());
    assertTrue(e.getMessage().contains("catch-all"), e.getMessage());
  }

  private static ConfigException error(String yaml) {
    return assertThrows(ConfigException.class, () -> RuleLoader.read(yaml, "bad.yaml"));
  }

  @Test
  void read_unknownKey_namesKeyAndLine() {
    ConfigException e = error(GOOD.replace("    entropy: 2.5", "    entropie: 2.5"));
    assertEquals(7, e.line().orElseThrow());
    assertTrue(e.getMessage().startsWith("bad.yaml:7:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'entropie'"), e.getMessage());
  }

  @Test
  void read_regexWithoutSecretGroup_namesRuleAndLine() {
    ConfigException e = error(GOOD.replace("(?<secret>demo_[a-z0-9]{20})", "demo_[a-z0-9]{20}"));
    assertEquals("bad.yaml:2: rule 'demo-token': regex needs a named group (?<secret>...) around the secret",
        e.getMessage());
  }

  @Test
  void read_brokenRegex_saysWhere() {
    ConfigException e = error(GOOD.replace("{20})", "{20}"));
    assertTrue(e.getMessage().startsWith("bad.yaml:2: rule 'demo-token': regex does not compile"), e.getMessage());
  }

  @Test
  void read_missingKeywords_rejected() {
    assertTrue(error(GOOD.replace("    keywords: [Demo_]\n", "")).getMessage().contains("needs at least one keyword"));
    assertTrue(error(GOOD.replace("[Demo_]", "[ab]")).getMessage().contains("at least 3 characters"));
  }

  @Test
  void read_badSeverity_listsChoices() {
    assertTrue(error(GOOD.replace("high", "urgent")).getMessage().contains("expected low, medium, high or critical"));
  }

  @Test
  void read_duplicateId_namesBothLines() {
    String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id"));
    assertEquals("bad.yaml:9: rule 'demo-token' is already defined at line 2", error(twice).getMessage());
  }

  @Test
  void read_invalidYaml_namesLine() {
    ConfigException e = error("rules:\n  - id: x\n    title: [unclosed\n");
    assertTrue(e.line().isPresent(), e.getMessage());
  }

  @Test
  void read_badIdAndValidator_rejected() {
    assertTrue(error(GOOD.replace("demo-token", "Demo Token")).getMessage().contains("kebab-case"));
    assertTrue(error(GOOD.replace("    entropy: 2.5", "    validator: luhn")).getMessage()
        .contains("unknown validator 'luhn'"));
    assertTrue(error(GOOD.replace("entropy: 2.5", "entropy: 9")).getMessage().contains("between 0 and 8"));
  }

  @Test
  void read_topLevelTypo_rejected() {
    assertTrue(error("rule: []\n").getMessage().startsWith("bad.yaml:1: unknown key 'rule'"));
  }
}

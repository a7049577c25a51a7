package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.ConfigException;
import dev.keyward.core.ScanLimits;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.TestRules;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One finding per secret: catch-all rules give way, duplicates of one rule are merged. */
class OverlapsTest {
  private static final String TOKEN_REGEX = "'(?<![A-Za-z0-9_])(?<secret>kwtest_[A-Za-z0-9]{32})(?![A-Za-z0-9])'";

  /** Extra rules beside the test pack's; {@code %s} is filled with the rules' YAML entries. */
  private static RulePack pack(String... entries) throws ConfigException {
    List<Rule> rules = new ArrayList<>(TestRules.pack().rules());
    rules.addAll(RuleLoader.read("rules:\n" + String.join("", entries), "overlap-rules.yaml"));
    return RulePack.of(rules);
  }

  private static String rule(String id, String severity, boolean catchAll, String keyword, String regex) {
    return "  - id: " + id + "\n    title: " + id + "\n    severity: " + severity + "\n"
        + (catchAll ? "    catch-all: true\n" : "") + "    keywords: ['" + keyword + "']\n"
        + "    regex: " + regex + "\n    references: ['https://example.invalid/" + id + "']\n";
  }

  private static final String CATCH_ALL = rule("test-catch-all", "medium", true, "secret",
      "'(?i)secret\\s*[:=]\\s*[\"'']?(?<secret>[^\"''\\s]{16,200})'");

  private static List<String> ruleIds(RulePack pack, String text) {
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    List<Finding> findings = new FindingFactory(ScanLimits.defaults())
        .findings(new FileOrigin("app.env"), content, new Engine(pack).find(content, "app.env"));
    return findings.stream().map(f -> f.ruleId() + "@" + f.span().column()).toList();
  }

  @Test
  void find_catchAllAndSpecificOnOneSecret_onlySpecific() throws Exception {
    assertEquals(List.of("test-token@8"), ruleIds(pack(CATCH_ALL), "SECRET=" + TestRules.token(1)));
  }

  @Test
  void find_catchAllAlone_reported() throws Exception {
    assertEquals(List.of("test-catch-all@8"), ruleIds(pack(CATCH_ALL), "SECRET=a8Fk2mQz9xLw3vBn7Rt"));
  }

  @Test
  void find_catchAllOnBase64_givesWayToTheSecretInside() throws Exception {
    String encoded = Base64.getEncoder().encodeToString(TestRules.token(2).getBytes(UTF_8));
    assertEquals(List.of("test-token@8"), ruleIds(pack(CATCH_ALL), "SECRET=" + encoded));
  }

  @Test
  void find_catchAllBesideSpecificOnAnotherSecret_both() throws Exception {
    String text = "SECRET=a8Fk2mQz9xLw3vBn7Rt other=" + TestRules.token(3);
    assertEquals(List.of("test-catch-all@8", "test-token@34"), ruleIds(pack(CATCH_ALL), text));
  }

  @Test
  void find_twoRulesSameSecretDifferentSeverity_higherKept() throws Exception {
    RulePack pack = pack(rule("test-token-critical", "critical", false, "kwtest_", TOKEN_REGEX));
    assertEquals(List.of("test-token-critical@3"), ruleIds(pack, "t=" + TestRules.token(4)));
  }

  @Test
  void find_twoRulesSameSecretSameSeverity_bothKept() throws Exception {
    RulePack pack = pack(rule("test-token-twin", "high", false, "kwtest_", TOKEN_REGEX));
    assertEquals(List.of("test-token@3", "test-token-twin@3"), ruleIds(pack, "t=" + TestRules.token(5)));
  }

  @Test
  void find_twoRulesOverlappingDifferentSecrets_bothKept() throws Exception {
    RulePack pack = pack(rule("test-prefix", "low", false, "kwtest_",
        "'(?<![A-Za-z0-9_])kwtest_(?<secret>[A-Za-z0-9]{32})'"));
    assertEquals(List.of("test-token@3", "test-prefix@10"), ruleIds(pack, "t=" + TestRules.token(6)));
  }

  @Test
  void find_sameRuleDirectAndDecoded_reportedOnceDirect() throws Exception {
    String token = TestRules.token(7);
    String text = "{\"a\": \"" + token + "\", \"b\": \"\\u0041\"}";
    assertEquals(List.of("test-token@8"), ruleIds(pack(CATCH_ALL), text));
  }

  @Test
  void find_specificRuleInsideDecodedText_givesWayToAMoreSevereDirectMatch() throws Exception {
    String token = TestRules.token(8);
    RulePack pack = pack(rule("test-blob", "critical", false, "blob:",
        "'blob:(?<secret>[A-Za-z0-9+/=]{40,100})'"));
    String encoded = Base64.getEncoder().encodeToString(token.getBytes(UTF_8));
    assertEquals(List.of("test-blob@6"), ruleIds(pack, "blob:" + encoded));
  }

  @Test
  void find_moreSevereSecretInsideADirectMatch_bothKept() throws Exception {
    String token = TestRules.token(9);
    RulePack pack = pack(rule("test-blob", "low", false, "blob:",
        "'blob:(?<secret>[A-Za-z0-9+/=]{40,100})'"));
    String encoded = Base64.getEncoder().encodeToString(token.getBytes(UTF_8));
    assertEquals(List.of("test-blob@6", "test-token@6"), ruleIds(pack, "blob:" + encoded));
  }
}

package dev.keyward.core.structured;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.Match;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredRulesTest {
  private static final RulePack PACK = StructuredTestRules.pack();
  private static final StructuredRules STRUCTURED = StructuredRules.of(PACK);
  private static final Engine ENGINE = new Engine(PACK);

  private static Content content(String text) {
    return Content.of(text.getBytes(UTF_8)).orElseThrow();
  }

  /** {@code rule-id[secret]} for each match. */
  private static List<String> found(String text, String path) {
    Content c = content(text);
    return describe(c, STRUCTURED.addTo(ENGINE.find(c, path), c, path));
  }

  private static List<String> describe(Content c, List<Match> matches) {
    return matches.stream().map(m -> m.rule().id() + "[" + c.text().substring(m.secretStart(), m.secretEnd()) + "]")
        .toList();
  }

  @Test
  void find_plaintextSettingsPassword_encryptedOneNot() {
    String xml = "<settings><servers>"
        + "<server><password>Plain-Text-9</password></server>"
        + "<server><password>{COQLCE6DU6GtcS5P=}</password></server>"
        + "<server><password>${env.NEXUS_PASSWORD}</password></server>"
        + "</servers></settings>";
    assertEquals(List.of("test-settings-password[Plain-Text-9]"), found(xml, ".m2/settings.xml"));
  }

  @Test
  void find_onlyFilesTheRuleNames() {
    String xml = "<settings><servers><server><password>Plain-Text-9</password></server></servers></settings>";
    assertEquals(List.of(), found(xml, "pom.xml"));
    assertEquals(List.of(), found(xml, "settings.xml.bak"));
    assertEquals(List.of("test-settings-password[Plain-Text-9]"), found(xml, "target/app.jar!/ci-settings.xml"));
  }

  @Test
  void find_keyPathWildcard_andYamlAndProperties() {
    assertEquals(List.of("test-app-password[s3cr3t-Value]"),
        found("app:\n  clients:\n    billing:\n      secret: 's3cr3t-Value'\n", "application-prod.yml"));
    assertEquals(List.of("test-app-password[Pa55-word-x]"), found("app.db.password = Pa55-word-x\n", "application.properties"));
  }

  @Test
  void find_valueRegex_narrowsTheSecret() {
    assertEquals(List.of("test-json-token[abcdef123]"),
        found("{\"a\": {\"token\": \"tok_abcdef123\"}, \"token\": \"other-format-1\"}", "tokens.json"));
  }

  @Test
  void find_ruleAllowlistPath_notRead() {
    assertEquals(List.of(), found("{\"token\": \"tok_abcdef123\"}", "vendor/tokens.json"));
  }

  @Test
  void find_malformedDocument_noStructuredMatch_textRulesStillRun() {
    String token = TestRules.token(7);
    String yaml = "app:\n  db: [unclosed\n  password: Pa55-word-x\nkey: " + token + "\n";
    assertEquals(List.of("test-token[" + token + "]"), found(yaml, "application.yml"));
  }

  @Test
  void engine_neverRunsStructuredRules() {
    Content c = content("<settings><servers><server><password>Plain-Text-9</password></server></servers></settings>");
    assertEquals(List.of(), ENGINE.find(c, "settings.xml"));
  }

  @Test
  void addTo_overlappingTextMatch_moreSevereRuleReportsTheSecretOnce() {
    // test-password (medium, text) and test-app-password (high, structured) see the same value
    String password = FakeKeys.expand("{b62:14}{digits:2}", 9).text();
    String yaml = "app:\n  db:\n    password: '" + password + "'\n";
    assertEquals(List.of("test-app-password[" + password + "]"), found(yaml, "application.yml"));
    // equally severe: the text rule, which names the credential's kind, reports it
    String token = TestRules.token(3);
    assertEquals(List.of("test-token[" + token + "]"), found("app.db.password=" + token + "\n", "application.properties"));
  }

  @Test
  void find_documentOverTheSizeLimit_notParsed() {
    String xml = "<settings><servers><server><password>Plain-Text-9</password></server></servers></settings>";
    String padded = xml + "\n<!--" + " ".repeat(StructuredRules.MAX_DOCUMENT_CHARS) + "-->\n";
    assertEquals(List.of("test-settings-password[Plain-Text-9]"), found(xml, "settings.xml"));
    assertEquals(List.of(), found(padded, "settings.xml"));
  }
}

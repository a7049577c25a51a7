package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.API_SECRET;
import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static dev.keyward.core.report.ReportFixtures.REVEALED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static byte[] sarif(ScanResult result, ReportSettings settings) {
    return ReportFixtures.write(ReportFormat.SARIF, result, settings);
  }

  private static JsonNode run(ScanResult result, ReportSettings settings) throws IOException {
    return JsonOutput.MAPPER.readTree(sarif(result, settings)).get("runs").get(0);
  }

  @Test
  void write_twoFindings_matchesGolden() {
    Golden.assertMatches("sarif/two-findings.sarif", sarif(ReportFixtures.twoFindings(), REDACTED));
  }

  @Test
  void write_clean_matchesGolden() {
    Golden.assertMatches("sarif/clean.sarif", sarif(ReportFixtures.clean(), REDACTED));
  }

  @Test
  void write_unicodePath_matchesGolden() {
    Golden.assertMatches("sarif/unicode-path.sarif", sarif(ReportFixtures.unicodePath(), REDACTED));
  }

  @Test
  void write_withSuppressed_matchesGolden() {
    Golden.assertMatches("sarif/suppressed.sarif", sarif(ReportFixtures.withSuppressed(), REDACTED));
  }

  @Test
  void write_withSuppressed_suppressionKindsInSourceAndExternal() throws IOException {
    List<String> kinds = new ArrayList<>();
    run(ReportFixtures.withSuppressed(), REDACTED).get("results").forEach(r -> kinds.add(
        r.has("suppressions") ? r.at("/suppressions/0/kind").asText() : "none"));

    assertEquals(List.of("none", "external", "external", "inSource"), kinds);
  }

  @Test
  void write_unicodePath_percentEncodedRelativeUri() throws IOException {
    JsonNode artifact = run(ReportFixtures.unicodePath(), REDACTED).at("/results/0/locations/0/physicalLocation"
        + "/artifactLocation");

    assertEquals("docs/release%20notes/caf%C3%A9%20%E2%98%95.env", artifact.get("uri").asText());
    assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
  }

  @Test
  void write_everyRuleListedInIdOrder() throws IOException {
    List<String> ids = new ArrayList<>();
    run(ReportFixtures.clean(), REDACTED).at("/tool/driver/rules").forEach(r -> ids.add(r.get("id").asText()));

    assertEquals(List.of("example-api-key", "example-db-password", "example-webhook-token"), ids);
  }

  @Test
  void write_ruleIndexPointsAtRuleWithThatId() throws IOException {
    JsonNode run = run(ReportFixtures.twoFindings(), REDACTED);
    JsonNode rules = run.at("/tool/driver/rules");

    assertEquals(2, run.get("results").size());
    for (JsonNode result : run.get("results")) {
      assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
    }
  }

  @Test
  void write_findingOfUnknownRule_getsItsOwnDescriptor() throws IOException {
    Finding policy = ReportFixtures.finding(".env", 1, "TOKEN=" + API_SECRET, API_SECRET, "env-file-not-ignored",
        Severity.MEDIUM, "An .env file is not ignored by git");
    JsonNode run = run(ReportFixtures.withFindings(List.of(policy)), REDACTED);

    JsonNode rule = run.at("/tool/driver/rules").get(run.at("/results/0/ruleIndex").asInt());

    assertEquals("env-file-not-ignored", rule.get("id").asText());
    assertEquals("EnvFileNotIgnored", rule.get("name").asText());
    assertEquals("warning", rule.at("/defaultConfiguration/level").asText());
    assertEquals(4, run.at("/tool/driver/rules").size());
  }

  @Test
  void write_redactionOff_snippetShowsSecretButMessageDoesNot() throws IOException {
    JsonNode result = run(ReportFixtures.twoFindings(), REVEALED).at("/results/1");

    assertEquals("String key = \"" + API_SECRET + "\";",
        result.at("/locations/0/physicalLocation/region/snippet/text").asText().strip());
    assertFalse(result.at("/message/text").asText().contains(API_SECRET));
  }

  @Test
  void write_levelsAndSecuritySeverity_followSeverity() throws IOException {
    JsonNode rules = run(ReportFixtures.clean(), REDACTED).at("/tool/driver/rules");

    assertEquals("error", rules.at("/0/defaultConfiguration/level").asText());
    assertEquals("9.5", rules.at("/0/properties/security-severity").asText());
    assertEquals("8.0", rules.at("/1/properties/security-severity").asText());
    assertEquals("note", rules.at("/2/defaultConfiguration/level").asText());
    assertEquals("warning", SarifRules.level(Severity.MEDIUM));
    assertEquals("5.5", SarifRules.securitySeverity(Severity.MEDIUM));
  }

  @Test
  void write_versionNotSemantic_omitsSemanticVersion() throws IOException {
    JsonNode driver = run(ReportFixtures.clean(), new ReportSettings(true, false, "unknown")).at("/tool/driver");

    assertEquals("unknown", driver.get("version").asText());
    assertFalse(driver.has("semanticVersion"));
  }

  @Test
  void rootUri_endsWithSlash() {
    assertEquals("file:///work/project/", SarifReport.rootUri(Path.of("/work/project")));
    assertEquals("file:///work/my%20project/", SarifReport.rootUri(Path.of("/work/my project/")));
  }

  @Test
  void encodePath_keepsSafeCharactersEncodesTheRest() {
    assertEquals("a/b-c_d.e~f/@scope/x+y", SarifReport.encodePath("a/b-c_d.e~f/@scope/x+y"));
    assertEquals("c%3Ad/%25/%23%3F", SarifReport.encodePath("c:d/%/#?"));
  }

  @Test
  void pascalCase_ofKebabId() {
    assertEquals("AnthropicApiKey", SarifRules.pascalCase("anthropic-api-key"));
    assertTrue(SarifRules.pascalCase("x").equals("X"));
  }

  @Test
  void write_oneWordRuleId_hasNoNameEqualToId() throws Exception {
    RulePack pack = RulePack.of(RuleLoader.read("""
        rules:
          - id: jwt
            title: JSON Web Token
            severity: medium
            keywords: [eyj]
            regex: '(?<secret>eyJ[a-z]{10})'
        """, "test"));
    ScanResult result = new ScanResult(ReportFixtures.ROOT, List.of(), List.of(),
        ReportFixtures.clean().stats(), pack);
    JsonNode rule = JsonOutput.MAPPER.readTree(
        ReportFixtures.write(ReportFormat.SARIF, result, ReportFixtures.REDACTED)).at("/runs/0/tool/driver/rules/0");
    assertEquals("jwt", rule.get("id").asText());
    assertFalse(rule.has("name"), rule.toString());
  }
}

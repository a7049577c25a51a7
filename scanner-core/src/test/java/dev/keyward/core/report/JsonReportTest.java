package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.API_SECRET;
import static dev.keyward.core.report.ReportFixtures.DB_SECRET;
import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static dev.keyward.core.report.ReportFixtures.REVEALED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyward.core.ScanResult;
import dev.keyward.core.testkit.Golden;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static byte[] json(ScanResult result, ReportSettings settings) {
    return ReportFixtures.write(ReportFormat.JSON, result, settings);
  }

  @Test
  void write_twoFindings_matchesGolden() {
    Golden.assertMatches("json/two-findings.json", json(ReportFixtures.twoFindings(), REDACTED));
  }

  @Test
  void write_redactionOff_matchesGolden() {
    Golden.assertMatches("json/two-findings-no-redact.json", json(ReportFixtures.twoFindings(), REVEALED));
  }

  @Test
  void write_withSuppressed_matchesGolden() {
    Golden.assertMatches("json/suppressed.json", json(ReportFixtures.withSuppressed(), REDACTED));
  }

  @Test
  void write_withSuppressed_listsThemWithKindAndJustification() throws IOException {
    JsonNode doc = JsonOutput.MAPPER.readTree(json(ReportFixtures.withSuppressed(), REDACTED));

    assertEquals(1, doc.get("findings").size());
    assertFalse(doc.get("findings").get(0).has("suppressed"));
    assertEquals(3, doc.at("/summary/suppressed").asLong());
    assertEquals("inline", doc.at("/suppressed/2/suppressed/kind").asText());
    assertEquals("test fixture, never deployed", doc.at("/suppressed/2/suppressed/justification").asText());
  }

  @Test
  void write_clean_matchesGolden() {
    Golden.assertMatches("json/clean.json", json(ReportFixtures.clean(), REDACTED));
  }

  @Test
  void write_readBackIntoRecords_equalsDocument() throws IOException {
    for (ReportSettings settings : new ReportSettings[] {REDACTED, REVEALED}) {
      ScanResult result = ReportFixtures.twoFindings();

      JsonReport.Document read = JsonOutput.MAPPER.readValue(json(result, settings), JsonReport.Document.class);

      assertEquals(JsonReport.document(result, settings), read);
    }
  }

  @Test
  void write_readBackAsTree_rewritesToSameBytes() throws IOException {
    byte[] json = json(ReportFixtures.twoFindings(), REDACTED);
    JsonNode tree = JsonOutput.MAPPER.readTree(json);
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();

    JsonOutput.write(tree, again);

    assertArrayEquals(json, again.toByteArray());
  }

  @Test
  void write_redactionOn_noSecretField() throws IOException {
    JsonNode tree = JsonOutput.MAPPER.readTree(json(ReportFixtures.twoFindings(), REDACTED));

    for (JsonNode finding : tree.get("findings")) {
      assertFalse(finding.has("secret"), finding.toString());
      assertTrue(finding.get("excerpt").asText().contains("chars, redacted)"));
    }
  }

  @Test
  void write_redactionOff_secretsPresent() throws IOException {
    JsonNode findings = JsonOutput.MAPPER.readTree(json(ReportFixtures.twoFindings(), REVEALED)).get("findings");

    assertEquals(DB_SECRET, findings.get(0).get("secret").asText());
    assertEquals(API_SECRET, findings.get(1).get("secret").asText());
    assertEquals("db.password=" + DB_SECRET, findings.get(0).get("excerpt").asText());
  }

  @Test
  void write_summary_countsAndNoElapsedTime() throws IOException {
    JsonNode summary = JsonOutput.MAPPER.readTree(json(ReportFixtures.twoFindings(), REDACTED)).get("summary");

    assertEquals(2, summary.get("findings").asInt());
    assertEquals(1, summary.get("bySeverity").get("critical").asInt());
    assertEquals(1, summary.get("bySeverity").get("high").asInt());
    assertEquals(0, summary.get("bySeverity").get("low").asInt());
    assertEquals(1, summary.get("skipped").get("too-large").asInt());
    assertEquals(2, summary.get("skipped").get("binary").asInt());
    assertFalse(summary.toString().contains("elapsed"));
  }

  @Test
  void findingEntry_toString_hidesSecretAndExcerpt() {
    String shown = JsonReport.document(ReportFixtures.twoFindings(), REVEALED).findings().toString();

    assertFalse(shown.contains(API_SECRET), shown);
    assertFalse(shown.contains(DB_SECRET), shown);
  }
}

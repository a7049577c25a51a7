package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static dev.keyward.core.report.ReportFixtures.REVEALED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.CiReports;
import dev.keyward.core.testkit.Golden;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitlabReportTest {
  private static byte[] gitlab(ScanResult result, ReportSettings settings) {
    return ReportFixtures.write(ReportFormat.GITLAB, result, settings);
  }

  @Test
  void write_twoFindings_matchesGolden() {
    Golden.assertMatches("gitlab/two-findings.json", gitlab(ReportFixtures.twoFindings(), REDACTED));
  }

  @Test
  void write_clean_matchesGolden() {
    Golden.assertMatches("gitlab/clean.json", gitlab(ReportFixtures.clean(), REDACTED));
  }

  @Test
  void write_everyFixture_hasTheSchemasRequiredFields() {
    for (ScanResult r : List.of(ReportFixtures.twoFindings(), ReportFixtures.clean(), ReportFixtures.unicodePath(),
        ReportFixtures.withSuppressed())) {
      for (ReportSettings settings : List.of(REDACTED, REVEALED)) {
        CiReports.assertValidGitlab(gitlab(r, settings));
      }
    }
  }

  @Test
  void write_suppressedFindings_leftOut() throws IOException {
    JsonNode doc = JsonOutput.MAPPER.readTree(gitlab(ReportFixtures.withSuppressed(), REDACTED));
    assertEquals(1, doc.get("vulnerabilities").size());
    assertEquals("config/app.properties", doc.at("/vulnerabilities/0/location/file").asText());
  }

  @Test
  void write_redacted_noRawExtract() throws IOException {
    JsonNode doc = JsonOutput.MAPPER.readTree(gitlab(ReportFixtures.twoFindings(), REDACTED));
    assertFalse(doc.at("/vulnerabilities/0").has("raw_source_code_extract"));
  }

  @Test
  void id_sameSecretTwiceInOneFile_distinct() {
    Finding a = ReportFixtures.finding("a.env", 1, "KEY=" + ReportFixtures.API_SECRET, ReportFixtures.API_SECRET,
        "example-api-key");
    Finding b = ReportFixtures.finding("a.env", 2, "KEY=" + ReportFixtures.API_SECRET, ReportFixtures.API_SECRET,
        "example-api-key");
    assertEquals(a.fingerprint(), b.fingerprint());
    assertNotEquals(GitlabReport.id(a), GitlabReport.id(b));
  }
}

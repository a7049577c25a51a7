package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanStats;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Excerpt;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.finding.Span;
import dev.keyward.core.source.CommitOrigin;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** History findings carry their commit into every report; policy findings show no secret. */
class HistoryFindingReportTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final CommitOrigin ORIGIN = new CommitOrigin("src/app.properties", SHA, "Ada Lovelace",
      "ada@example.invalid", OffsetDateTime.parse("2024-03-01T10:00+01:00"), "Add config");

  private static ScanResult result() {
    Secret secret = new Secret(ReportFixtures.API_SECRET);
    Finding leak = new Finding("example-api-key", Severity.CRITICAL, "Example API key found", ORIGIN,
        new Span(3, 9, 3, 9 + secret.length()), secret,
        new Excerpt("api.key=" + secret.reveal(), 8, 8 + secret.length()),
        Fingerprint.of("example-api-key", secret, ORIGIN.path()));
    Finding policy = Finding.policy("dotenv-committed", Severity.HIGH, "env file .env was committed",
        new CommitOrigin(".env", SHA, "Ada Lovelace", "ada@example.invalid",
            OffsetDateTime.parse("2024-03-01T10:00+01:00"), "Add config"), new Span(1, 1, 1, 1));
    ScanStats stats = new ScanStats(2, 120, Map.of(), 0, Duration.ZERO, 5, 2);
    return new ScanResult(ReportFixtures.ROOT, List.of(leak, policy), List.of(), stats, ReportFixtures.RULES);
  }

  private static String write(ReportFormat format) {
    return new String(ReportFixtures.write(format, result(), ReportFixtures.REDACTED), UTF_8);
  }

  @Test
  void json_findingNamesItsCommit_summaryCountsCommitsAndBlobs() throws Exception {
    JsonNode json = JsonOutput.MAPPER.readTree(write(ReportFormat.JSON));
    JsonNode commit = json.at("/findings/1/commit");
    assertEquals(SHA, commit.get("sha").asText());
    assertEquals("Ada Lovelace", commit.get("author").asText());
    assertEquals("2024-03-01T10:00+01:00", commit.get("date").asText());
    assertEquals("Add config", commit.get("subject").asText());
    assertEquals(5, json.at("/summary/commitsScanned").asInt());
    assertEquals(2, json.at("/summary/blobsScanned").asInt());
    assertFalse(json.at("/findings/0").has("secret"), "a policy finding has no secret");
  }

  @Test
  void sarif_resultPropertiesCarryTheCommit() throws Exception {
    JsonNode result = JsonOutput.MAPPER.readTree(write(ReportFormat.SARIF)).at("/runs/0/results/1");
    assertEquals(SHA, result.at("/properties/commit/sha").asText());
    assertEquals("src/app.properties", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void text_showsCommitLine_andSummaryCountsCommits() {
    String text = write(ReportFormat.TEXT);
    assertTrue(text.contains("src/app.properties@0123456789\n"), text);
    assertTrue(text.contains("commit 0123456789 by Ada Lovelace <ada@example.invalid> on 2024-03-01T10:00+01:00: Add config"), text);
    assertTrue(text.contains("Scanned 5 commits, 2 distinct blobs (120 B)"), text);
    assertFalse(text.contains(ReportFixtures.API_SECRET));
  }
}

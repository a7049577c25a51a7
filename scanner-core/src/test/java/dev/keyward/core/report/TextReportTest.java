package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.API_SECRET;
import static dev.keyward.core.report.ReportFixtures.COLOR;
import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static dev.keyward.core.report.ReportFixtures.REVEALED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanResult;
import dev.keyward.core.testkit.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String text(ScanResult result, ReportSettings settings) {
    return new String(ReportFixtures.write(ReportFormat.TEXT, result, settings), UTF_8);
  }

  @Test
  void write_twoFindings_matchesGolden() {
    Golden.assertMatches("text/two-findings.txt", text(ReportFixtures.twoFindings(), REDACTED));
  }

  @Test
  void write_clean_printsNoSecretsFoundAndSummary() {
    String text = text(ReportFixtures.clean(), REDACTED);

    Golden.assertMatches("text/clean.txt", text);
    assertEquals(List.of(TextReport.CLEAN, ReportFixtures.clean().summaryLine()), text.lines().toList());
  }

  @Test
  void write_lastLineIsSummaryLine() {
    ScanResult result = ReportFixtures.twoFindings();
    List<String> lines = text(result, REDACTED).lines().toList();

    assertEquals(result.summaryLine(), lines.get(lines.size() - 1));
  }

  @Test
  void write_colorOff_noEscapeCodes() {
    assertFalse(text(ReportFixtures.twoFindings(), REDACTED).contains("\u001b"));
  }

  @Test
  void write_colorOn_boldPathAndColouredSeverity() {
    String text = text(ReportFixtures.twoFindings(), COLOR);

    assertTrue(text.contains("\u001b[1mconfig/app.properties\u001b[0m\n"), text);
    assertTrue(text.contains("\u001b[1;31m[critical]\u001b[0m"), text);
    assertTrue(text.contains("\u001b[31m[high]\u001b[0m"), text);
    assertEquals(text(ReportFixtures.twoFindings(), REDACTED), text.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void write_redactionOff_showsSecretInExcerpt() {
    assertTrue(text(ReportFixtures.twoFindings(), REVEALED).contains("String key = \"" + API_SECRET + "\";"));
  }

  @Test
  void write_controlCharactersInContent_escaped() {
    String line = "key=\"" + API_SECRET + "\" \u001b[2J\u202e";
    ScanResult result = ReportFixtures.withFindings(List.of(
        ReportFixtures.finding("a\nb.txt", 1, line, API_SECRET, "example-api-key")));

    String text = text(result, REDACTED);

    assertFalse(text.contains("\u001b"), text);
    assertFalse(text.contains("\u202e"), text);
    assertTrue(text.contains("a\\x0Ab.txt\n"), text);
    assertTrue(text.contains("\\x1B[2J\\u202E"), text);
  }
}

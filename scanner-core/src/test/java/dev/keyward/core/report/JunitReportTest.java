package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanStats;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.CiReports;
import dev.keyward.core.testkit.Golden;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  private static byte[] junit(ScanResult result) {
    return ReportFixtures.write(ReportFormat.JUNIT, result, REDACTED);
  }

  private static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void write_twoFindings_matchesGolden() {
    Golden.assertMatches("junit/two-findings.xml", junit(ReportFixtures.twoFindings()));
  }

  @Test
  void write_clean_matchesGolden() {
    Golden.assertMatches("junit/clean.xml", junit(ReportFixtures.clean()));
  }

  @Test
  void write_withSuppressed_matchesGolden() {
    Golden.assertMatches("junit/suppressed.xml", junit(ReportFixtures.withSuppressed()));
  }

  @Test
  void write_everyFixture_validAgainstJunitSchema() {
    for (ScanResult r : List.of(ReportFixtures.twoFindings(), ReportFixtures.clean(), ReportFixtures.unicodePath(),
        ReportFixtures.withSuppressed())) {
      CiReports.assertValidJunit(junit(r));
    }
  }

  @Test
  void write_clean_onePassingCasePerRule() throws Exception {
    Document doc = parse(junit(ReportFixtures.clean()));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(3, cases.getLength());
    assertEquals(0, doc.getElementsByTagName("failure").getLength());
    assertEquals("3", doc.getDocumentElement().getAttribute("tests"));
  }

  @Test
  void write_twoFindings_oneFailingCasePerRuleAndFile() throws Exception {
    Document doc = parse(junit(ReportFixtures.twoFindings()));
    Element root = doc.getDocumentElement();
    assertEquals("3", root.getAttribute("tests"));
    assertEquals("2", root.getAttribute("failures"));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    Element testcase = (Element) failure.getParentNode();
    assertEquals("example-api-key", testcase.getAttribute("classname"));
    assertEquals("src/main/java/App.java", testcase.getAttribute("name"));
  }

  @Test
  void write_controlCharactersInExcerpt_stillWellFormed() throws Exception {
    Finding f = ReportFixtures.finding("a.env", 1, "KEY=\u001b[31m" + ReportFixtures.API_SECRET + "\u0007 <&>\"",
        ReportFixtures.API_SECRET, "example-api-key");
    ScanResult r = new ScanResult(ReportFixtures.ROOT, List.of(f), List.of(),
        new ScanStats(1, 10, Map.of(), 0, Duration.ZERO), ReportFixtures.RULES);
    byte[] xml = junit(r);
    CiReports.assertValidJunit(xml);
    String text = parse(xml).getElementsByTagName("failure").item(0).getTextContent();
    assertTrue(text.contains("\\x1B[31m") && text.contains("<&>\""), new String(xml, UTF_8));
  }
}

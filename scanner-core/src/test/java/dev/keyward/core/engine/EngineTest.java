package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestRules;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineTest {
  private static final Engine ENGINE = new Engine(TestRules.pack());
  private static final FindingFactory FACTORY = new FindingFactory(ScanLimits.defaults());

  private static List<Finding> scan(byte[] bytes) {
    Content content = Content.of(bytes).orElseThrow();
    FileOrigin origin = new FileOrigin("src/App.java");
    return FACTORY.findings(origin, content, ENGINE.find(content, origin.path()));
  }

  private static List<Finding> scan(String text) {
    return scan(text.getBytes(UTF_8));
  }

  @Test
  void find_tokenInCode_reportsRuleLineColumnAndSecret() {
    String token = TestRules.token(1);
    List<Finding> findings = scan("class App {\n  String t = \"" + token + "\";\n}\n");
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("test-token", f.ruleId());
    assertEquals(2, f.span().line());
    assertEquals(15, f.span().column());
    assertEquals(15 + token.length(), f.span().endColumn());
    assertEquals(token, f.secret().orElseThrow().reveal());
  }

  @Test
  void find_secretNeverInToStringOfFinding() {
    String token = TestRules.token(2);
    Finding f = scan("t = \"" + token + "\"").get(0);
    assertFalse(f.toString().contains(token));
    assertFalse(f.excerpt().redacted().contains(token));
    assertTrue(f.excerpt().reveal().contains(token));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "t = \"kwtest_{X:32}\"",
      "t = \"kwtest_{0:32}\"",
      "t = \"kwtest_{b62:31}\"",
      "t = \"kwtest_{b62:33}\"",
      "t = \"xkwtest_{b62:32}\"",
      "password = \"${{DB_PASSWORD_FROM_ENV}}\"",
      "password = \"<your-password-here>\"",
      "password: \"changeme-changeme\"",
      "PASSWORD = \"PRODUCTION_DB_PASSWORD\"",
      "password = \"aaaaaaaaaaaaaaaaa\"",
      "kwgh_{b62:36}",
  })
  void find_placeholderOrMalformed_notReported(String template) {
    assertEquals(List.of(), scan(FakeKeys.expand(template, 7).text()));
  }

  @Test
  void find_keywordIsCaseInsensitive() {
    String value = FakeKeys.expand("{b62:20}", 3).text();
    List<Finding> findings = scan("DB_PASSWORD = '" + value + "'");
    assertEquals(List.of("test-password"), findings.stream().map(Finding::ruleId).toList());
  }

  @Test
  void find_validChecksum_reported() {
    String token = FakeKeys.expand("kwgh_{b62:30}{crc32b62}", 11).text();
    assertEquals(List.of("test-checksummed"), scan("x=" + token).stream().map(Finding::ruleId).toList());
  }

  @Test
  void find_crlf_linesAndColumnsIgnoreCarriageReturns() {
    String token = TestRules.token(4);
    List<Finding> findings = scan("a\r\nb\r\n  " + token + "\r\n");
    assertEquals(3, findings.get(0).span().line());
    assertEquals(3, findings.get(0).span().column());
    assertFalse(findings.get(0).excerpt().reveal().contains("\r"));
  }

  @Test
  void find_multibyteCharsBefore_columnCountsCharacters() {
    String token = TestRules.token(5);
    Finding f = scan("ключ = \"" + token + "\"").get(0);
    assertEquals(9, f.span().column());
    assertTrue(f.excerpt().reveal().startsWith("ключ"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LE", "BE"})
  void find_utf16WithBom_decodedAndLocated(String order) {
    String token = TestRules.token(6);
    String text = "first line\nkey: " + token + "\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (order.equals("LE")) {
      bytes.write(0xFF);
      bytes.write(0xFE);
      bytes.writeBytes(text.getBytes(UTF_16LE));
    } else {
      bytes.write(0xFE);
      bytes.write(0xFF);
      bytes.writeBytes(text.getBytes(UTF_16BE));
    }
    Finding f = scan(bytes.toByteArray()).get(0);
    assertEquals(2, f.span().line());
    assertEquals(6, f.span().column());
    assertEquals(token, f.secret().orElseThrow().reveal());
  }

  @Test
  void find_utf8Bom_columnsStartAfterIt() {
    String token = TestRules.token(8);
    byte[] body = ("x=" + token).getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(3, scan(bytes).get(0).span().column());
  }

  @Test
  void find_megabyteMinifiedLine_foundWithBoundedExcerpt() {
    String token = TestRules.token(9);
    String filler = "var a=1;".repeat(70_000);
    Finding f = scan(filler + "k=\"" + token + "\";" + filler).get(0);
    assertEquals(1, f.span().line());
    assertEquals(filler.length() + 4, f.span().column());
    assertTrue(f.excerpt().reveal().length() <= ScanLimits.DEFAULT_MAX_EXCERPT_CHARS + 2);
    assertTrue(f.excerpt().reveal().contains(token));
  }

  @Test
  void find_multiLineBlock_secretSpansLines() {
    StringBuilder block = new StringBuilder("-----BEGIN TEST BLOCK-----\n");
    for (int i = 0; i < 5; i++) {
      block.append(FakeKeys.expand("{b64:64}", i).text()).append('\n');
    }
    block.append("-----END TEST BLOCK-----\n");
    Finding f = scan("header\n" + block).get(0);
    assertEquals("test-block", f.ruleId());
    assertEquals(3, f.span().line());
    assertEquals(8, f.span().endLine());
  }

  @Test
  void find_manyHitsAcrossFile_eachReportedOnceInOrder() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append("token").append(i).append(" = ").append(TestRules.token(100 + i)).append('\n');
    }
    List<Finding> findings = scan(text.toString());
    assertEquals(50, findings.size());
    for (int i = 0; i < 50; i++) {
      assertEquals(i + 1, findings.get(i).span().line());
    }
  }

  @Test
  void content_nulByte_isBinary() {
    assertTrue(Content.of(new byte[] {'a', 0, 'b'}).isEmpty());
    assertTrue(Content.of(new byte[0]).isPresent());
  }
}

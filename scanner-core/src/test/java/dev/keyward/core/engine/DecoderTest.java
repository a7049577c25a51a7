package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestRules;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets inside base64, hex, percent-encoding and JSON escapes, found through {@link Engine}. */
class DecoderTest {
  private static final Engine ENGINE = new Engine(TestRules.pack());
  private static final FindingFactory FACTORY = new FindingFactory(ScanLimits.defaults());
  private static final String PATH = "deploy/secret.yaml";

  private static List<Finding> scan(Engine engine, String text) {
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    return FACTORY.findings(new FileOrigin(PATH), content, engine.find(content, PATH));
  }

  private static List<Finding> scan(String text) {
    return scan(ENGINE, text);
  }

  static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
  }

  static String base64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(UTF_8));
  }

  /** Percent-encodes every character that is not a letter or digit. */
  static String percent(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("%%%02X", (int) c));
    }
    return sb.toString();
  }

  /** A single finding, asserting there is exactly one. */
  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }

  private static void assertFoundAt(Finding f, String token, int line, int column, int encodedLength) {
    assertEquals("test-token", f.ruleId());
    assertEquals(token, f.secret().orElseThrow().reveal());
    assertEquals(line, f.span().line(), "line");
    assertEquals(column, f.span().column(), "column");
    assertEquals(column + encodedLength, f.span().endColumn(), "end column");
  }

  @Test
  void find_base64Padded_reportedAtEncodedSpanWithDecodedSecret() {
    String token = TestRules.token(1);
    String encoded = base64(token + "\n");
    assertTrue(encoded.endsWith("=="), "40 bytes need padding");
    Finding f = only(scan("kind: Secret\ndata:\n  token: " + encoded + "\n"));
    assertFoundAt(f, token, 3, 10, 52);
    assertEquals("Test token found (base64-decoded)", f.message());
    assertEquals(Fingerprint.of("test-token", new Secret(token), PATH), f.fingerprint());
  }

  @Test
  void find_base64urlUnpadded_found() {
    String token = TestRules.token(2);
    String encoded = base64url("~~~{\"t\":\"" + token + "\"}");
    assertTrue(encoded.startsWith("fn5-"), "a base64url-only character");
    Finding f = only(scan("auth=" + encoded));
    assertEquals(token, f.secret().orElseThrow().reveal());
    assertEquals("Test token found (base64url-decoded)", f.message());
    assertEquals(1, f.span().line());
  }

  @Test
  void find_secretInsideLongerBase64_spanCoversOnlyItsEncoding() {
    String token = TestRules.token(3);
    String prefix = "TOKEN=";
    String encoded = base64(prefix + token + "\n");
    Finding f = only(scan("ENV_FILE: \"" + encoded + "\""));
    int from = prefix.length() / 3 * 4 + prefix.length() % 3;
    assertEquals(12 + from, f.span().column());
    assertTrue(f.span().endColumn() <= 12 + encoded.length());
    assertEquals(token, f.secret().orElseThrow().reveal());
  }

  @Test
  void find_hex_found() {
    String token = TestRules.token(4);
    String encoded = HexFormat.of().formatHex(token.getBytes(UTF_8));
    Finding f = only(scan("key = '" + encoded + "'"));
    assertFoundAt(f, token, 1, 8, encoded.length());
    assertEquals("Test token found (hex-decoded)", f.message());
  }

  @Test
  void find_percentEncoded_found() {
    String token = TestRules.token(5);
    String encoded = token.replace("_", "%5F");
    Finding f = only(scan("GET /api?key=" + encoded + "&x=1 HTTP/1.1"));
    assertEquals(token, f.secret().orElseThrow().reveal());
    assertEquals(14, f.span().column());
    assertEquals(14 + encoded.length(), f.span().endColumn());
    assertEquals("Test token found (percent-decoded)", f.message());
  }

  @Test
  void find_jsonUnicodeEscape_found() {
    String token = TestRules.token(6);
    String escaped = token.replace("_", "\\u005f");
    Finding f = only(scan("{\n  \"token\": \"" + escaped + "\"\n}\n"));
    assertFoundAt(f, token, 2, 13, escaped.length());
    assertEquals("Test token found (JSON-unescaped)", f.message());
  }

  @Test
  void find_nestedPercentInsideBase64_foundAtDepthTwo() {
    String token = TestRules.token(7);
    String encoded = base64("TOKEN=" + percent(token) + "\n");
    Finding f = only(scan("CI_ENV: " + encoded));
    assertEquals(token, f.secret().orElseThrow().reveal());
    assertEquals("Test token found (base64-decoded, then percent-decoded)", f.message());
    assertEquals(1, f.span().line());
  }

  @Test
  void find_threeLayers_notFoundAtDefaultDepth_foundWithDepthThree() {
    String token = TestRules.token(8);
    String text = "x: " + base64(base64(base64(token)));
    assertEquals(List.of(), scan(text));
    Engine deeper = new Engine(TestRules.pack(), DecodeLimits.defaults().withMaxDepth(3));
    Finding f = only(scan(deeper, text));
    assertEquals(token, f.secret().orElseThrow().reveal());
    assertEquals("Test token found (base64-decoded, then base64-decoded, then base64-decoded)", f.message());
  }

  @Test
  void find_decodingOff_onlyTheTextAsItIs() {
    String text = "token: " + base64(TestRules.token(9));
    assertEquals(List.of(), scan(new Engine(TestRules.pack(), DecodeLimits.off()), text));
  }

  @Test
  void find_binaryBase64_ignored() {
    byte[] binary = new byte[300];
    new java.util.Random(1).nextBytes(binary);
    byte[] token = TestRules.token(10).getBytes(UTF_8);
    byte[] withToken = java.util.Arrays.copyOf(binary, binary.length + token.length);
    System.arraycopy(token, 0, withToken, binary.length, token.length);
    String blob = Base64.getEncoder().encodeToString(withToken);
    assertEquals(List.of(), scan("logo: " + blob));
  }

  @Test
  void find_crlfFile_lineAndColumnOfEncodedSpan() {
    String token = TestRules.token(11);
    String encoded = base64(token);
    assertFalse(encoded.endsWith("="), "39 bytes need no padding");
    String text = "apiVersion: v1\r\nkind: Secret\r\ndata:\r\n  a: " + encoded + "\r\n  b: " + encoded + "\r\n";
    List<Finding> findings = scan(text);
    assertEquals(List.of("4:6", "5:6"), findings.stream().map(f -> f.span().line() + ":" + f.span().column()).toList());
    assertEquals(6 + encoded.length(), findings.get(0).span().endColumn());
  }

  @Test
  void find_plainAndEncodedTokenOnOneLine_bothFoundOnce() {
    String plain = TestRules.token(12);
    String hidden = TestRules.token(13);
    List<Finding> findings = scan("a=" + plain + " b=" + base64(hidden));
    assertEquals(List.of(plain, hidden), findings.stream().map(f -> f.secret().orElseThrow().reveal()).toList());
    assertEquals(List.of("Test token found", "Test token found (base64-decoded)"),
        findings.stream().map(Finding::message).toList());
  }

  @Test
  void find_plainTokenInPercentEncodedUrl_reportedOnceAsPlain() {
    String token = TestRules.token(14);
    Finding f = only(scan("https://api.internal/v1?next=%2Fhome&key=" + token));
    assertEquals("Test token found", f.message());
  }

  @Test
  void find_decodedFinding_excerptRedactsTheEncodedText() {
    String token = TestRules.token(15);
    String encoded = base64(token);
    Finding f = only(scan("token: " + encoded));
    assertFalse(f.excerpt().redacted().contains(encoded.substring(8)));
    assertFalse(f.toString().contains(token));
    assertTrue(f.excerpt().reveal().contains(encoded.substring(0, encoded.length() - 1)));
  }

  @Test
  void find_placeholderInsideBase64_stillAPlaceholder() {
    String text = "token: " + base64(FakeKeys.expand("kwtest_{X:32}", 1).text());
    assertEquals(List.of(), scan(text));
  }
}

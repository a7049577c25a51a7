package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodedSpansTest {
  /** Each candidate as {@code ENCODING:text}. */
  private static List<String> candidates(String text) {
    List<String> out = new ArrayList<>();
    EncodedSpans.scan(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null,
        (encoding, start, end) -> out.add(encoding + ":" + text.substring(start, end)));
    return out;
  }

  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  @Test
  void scan_base64RunsOfAtLeast24_withPadding() {
    String run = repeat("QUJD", 6);
    assertEquals(List.of("BASE64:" + run + "=="), candidates("x: " + run + "==\n"));
    assertEquals(List.of(), candidates("x: " + run.substring(1) + "\n"));
  }

  @Test
  void scan_alphabetDecidesBase64OrBase64url() {
    assertEquals(List.of("BASE64:" + repeat("ab+/", 6)), candidates(repeat("ab+/", 6)));
    assertEquals(List.of("BASE64URL:" + repeat("ab-_", 6)), candidates(repeat("ab-_", 6)));
    assertEquals(List.of(), candidates(repeat("ab+_", 6)), "both alphabets: not one base64 string");
  }

  @Test
  void scan_hexOfEvenLengthAtLeast32() {
    String hex = repeat("0a1b", 8);
    assertEquals(List.of("HEX:" + hex), candidates("id=" + hex + ";"));
    assertEquals(List.of("BASE64:" + hex + "abc"), candidates(hex + "abc"), "odd: read as base64, if anything");
  }

  @Test
  void scan_runLengthOneMoreThanAMultipleOfFour_isNoBase64() {
    assertEquals(List.of(), candidates(repeat("Abcd", 6) + "e"));
  }

  @Test
  void scan_runsAtStartEndAndBetweenSeparators() {
    String a = repeat("QUJD", 6);
    String b = repeat("REVG", 7);
    assertEquals(List.of("BASE64:" + a, "BASE64:" + b), candidates(a + " short " + b));
  }

  @Test
  void scan_percentEscapeMarksItsToken() {
    assertEquals(List.of("PERCENT:key=kwtest%5Fabcdefgh&x=1"), candidates("GET /?a key=kwtest%5Fabcdefgh&x=1 HTTP"));
    assertEquals(List.of(), candidates("printf(\"%d items, 100%% done\")"));
    assertEquals(List.of(), candidates("a=%5F"), "too short to hold a secret");
  }

  @Test
  void scan_jsonEscapes_lineAroundThem() {
    String line = "{\"key\": \"sk\\u002dabc\"}";
    assertEquals(List.of("JSON_ESCAPE:" + line), candidates("[\n" + line + "\r\n]"));
    assertEquals(List.of("JSON_ESCAPE:{\\\"password\\\": 1}"), candidates("{\\\"password\\\": 1}"));
    assertEquals(List.of("JSON_ESCAPE:u: a\\/b"), candidates("u: a\\/b"));
  }

  @Test
  void scan_otherEscapes_noCandidate() {
    assertEquals(List.of(), candidates("s = \"line\\n\\t\\\"quoted\\\" \\u00e9\\u12e8\""));
    assertEquals(List.of(), candidates("regex = \"a\\\\/b\""), "an escaped backslash before a slash");
  }

  @Test
  void scan_jsonEscapesFarApart_separateStretches() {
    String filler = "x".repeat(3 * EncodedSpans.JSON_RADIUS);
    List<String> found = candidates("a\\/b" + filler + "c\\/d").stream()
        .filter(c -> c.startsWith("JSON_ESCAPE:")).toList();
    assertEquals(2, found.size());
    assertEquals(1 + 6 + EncodedSpans.JSON_RADIUS, found.get(0).length() - "JSON_ESCAPE:".length());
  }

  @Test
  void scan_jsonEscapesOnTwoLines_twoStretches() {
    assertEquals(List.of("JSON_ESCAPE:a\\/b", "JSON_ESCAPE:c\\/d"), candidates("a\\/b\nc\\/d"));
  }

  /** What {@link EncodedSpans} should report for base64 and hex runs, by regex, for texts without escapes. */
  private static List<String> expectedRuns(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z0-9+/_-]{24,}").matcher(text);
    while (m.find()) {
      String run = m.group();
      if (run.matches("[0-9a-fA-F]+") && run.length() % 2 == 0 && run.length() >= 32) {
        out.add("HEX:" + run);
      } else if (run.length() % 4 != 1 && !run.matches(".*[+/].*[_-].*|.*[_-].*[+/].*")) {
        String padding = text.substring(m.end()).replaceAll("(?s)^(={0,2}).*", "$1");
        out.add((run.matches("[A-Za-z0-9+/]+") ? "BASE64:" : "BASE64URL:") + run + padding);
      }
    }
    return out;
  }

  @Test
  void scan_runs_asTheRegexForThemFindsThem() {
    java.util.Random random = new java.util.Random(11);
    String[] pieces = {"a", "Z", "9", "+", "/", "-", "_", "f", "0", " ", ".", "\n", "=", "\"", "é"};
    for (int t = 0; t < 4000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        // long stretches of one kind: runs of every length around the limit
        String piece = pieces[random.nextInt(pieces.length)];
        sb.append(piece.repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 30)));
      }
      String text = sb.toString();
      assertEquals(expectedRuns(text), candidates(text), () -> "in " + text);
    }
  }
}

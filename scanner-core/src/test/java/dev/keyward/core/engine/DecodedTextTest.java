package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
  private static final int NO_LIMIT = 1 << 20;

  private static Optional<DecodedText> decode(Encoding encoding, String text) {
    return DecodedText.decode(encoding, text, 0, text.length(), NO_LIMIT);
  }

  private static String decoded(Encoding encoding, String text) {
    return decode(encoding, text).orElseThrow().content().text();
  }

  @Test
  void base64_decodesPaddedAndUnpadded() {
    assertEquals("user:hunter22", decoded(Encoding.BASE64, "dXNlcjpodW50ZXIyMg=="));
    assertEquals("user:hunter22", decoded(Encoding.BASE64, "dXNlcjpodW50ZXIyMg"));
    assertEquals("~~~>", decoded(Encoding.BASE64URL, "fn5-Pg"));
  }

  @Test
  void base64_eachByteMapsToTheCharactersHoldingIt() {
    DecodedText d = decode(Encoding.BASE64, "dXNlcjpodW50ZXIyMg==").orElseThrow();
    assertEquals(0, d.from(0));
    assertEquals(2, d.to(0));
    assertEquals(4, d.from(3));
    assertEquals(18, d.to(12));
  }

  @Test
  void base64_binary_isNoText() {
    byte[] random = new byte[64];
    new java.util.Random(3).nextBytes(random);
    assertTrue(decode(Encoding.BASE64, Base64.getEncoder().encodeToString(random)).isEmpty());
    assertTrue(decode(Encoding.BASE64, "AbstractAnnotationValueVisitor").isEmpty(), "an identifier");
  }

  @Test
  void base64_aFewNonAsciiBytesAmongText_stillText() {
    String text = "café au lait, s'il vous plaît, avec du sucre";
    String encoded = Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    assertEquals(text, new String(decoded(Encoding.BASE64, encoded).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), UTF_8));
  }

  @Test
  void base64_limit_decodesAPrefix() {
    String encoded = Base64.getEncoder().encodeToString("0123456789abcdefghij".getBytes(UTF_8));
    assertEquals("012345", DecodedText.decode(Encoding.BASE64, encoded, 0, encoded.length(), 6).orElseThrow().content().text());
  }

  @Test
  void hex_decodesAndMaps() {
    DecodedText d = decode(Encoding.HEX, "6b77746573745f").orElseThrow();
    assertEquals("kwtest_", d.content().text());
    assertEquals(12, d.from(6));
    assertEquals(14, d.to(6));
    assertTrue(decode(Encoding.HEX, "da39a3ee5e6b4b0d3255bfef95601890afd80709").isEmpty(), "a SHA-1");
  }

  @Test
  void percent_decodesEscapesKeepsTheRest() {
    DecodedText d = decode(Encoding.PERCENT, "a%2Db%2fc%zz+").orElseThrow();
    assertEquals("a-b/c%zz+", d.content().text());
    assertEquals(1, d.from(1));
    assertEquals(4, d.to(1));
    assertEquals(5, d.from(3));
  }

  @Test
  void percent_controlBytes_isNoText() {
    assertTrue(decode(Encoding.PERCENT, "%00%01%02%03%04%05").isEmpty());
  }

  @Test
  void json_undoesEscapes() {
    assertEquals("{\"k\": \"sk-a/b\"}\n\u00e9",
        new String(decoded(Encoding.JSON_ESCAPE, "{\\\"k\\\": \\\"sk\\u002da\\/b\\\"}\\n\\u00e9")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), UTF_8));
  }

  @Test
  void json_surrogatePairAndLoneSurrogate() {
    String smile = new String(Character.toChars(0x1F600));
    assertEquals(smile + "?x", new String(decoded(Encoding.JSON_ESCAPE, "\\ud83d\\ude00\\ud83dx")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), UTF_8));
  }

  @Test
  void json_escapeMapsToItsSixCharacters() {
    DecodedText d = decode(Encoding.JSON_ESCAPE, "sk\\u002dant").orElseThrow();
    assertEquals("sk-ant", d.content().text());
    assertEquals(2, d.from(2));
    assertEquals(8, d.to(2));
    assertEquals(8, d.from(3));
  }

  @Test
  void json_unknownEscape_keptAsIs() {
    assertEquals("a\\qb\\", decoded(Encoding.JSON_ESCAPE, "a\\qb\\"));
  }
}

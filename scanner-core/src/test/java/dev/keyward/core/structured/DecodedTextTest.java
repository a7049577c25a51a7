package dev.keyward.core.structured;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.engine.Content;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
  private static DecodedText decode(byte[] bytes) {
    return DecodedText.of(Content.of(bytes).orElseThrow());
  }

  @Test
  void ascii_identical() {
    DecodedText d = decode("a: b\n".getBytes(UTF_8));
    assertEquals("a: b\n", d.text());
    assertEquals(3, d.raw(3));
  }

  @Test
  void multiByte_decodedAndMappedBackToBytes() {
    String s = "é€\uD83D\uDE00x";
    DecodedText d = decode(s.getBytes(UTF_8));
    assertEquals(s, d.text());
    // é is 2 bytes, € 3, the emoji 4 (two chars, one start)
    assertEquals(0, d.raw(0));
    assertEquals(2, d.raw(1));
    assertEquals(5, d.raw(2));
    assertEquals(5, d.raw(3));
    assertEquals(9, d.raw(4));
    assertEquals(10, d.raw(5));
  }

  @Test
  void malformedBytes_oneReplacementEach_mappingDoesNotDrift() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xC3, '(', (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
    out.writeBytes("key".getBytes(UTF_8));
    DecodedText d = decode(out.toByteArray());
    assertEquals("\uFFFD(\uFFFD\uFFFD\uFFFDkey", d.text());
    assertEquals(5, d.raw(d.text().indexOf("key")));
  }

  @Test
  void utf16Content_alreadyChars() {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, (byte) 0xE9};
    DecodedText d = decode(bom);
    assertEquals("a\u00e9", d.text());
    assertEquals(1, d.raw(1));
  }
}

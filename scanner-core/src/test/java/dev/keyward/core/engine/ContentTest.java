package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentTest {
  private static byte[] text(int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 'a');
    return bytes;
  }

  @Test
  void of_isBinaryWithANulAnywhereInTheProbe() {
    for (int length : new int[] {1, 7, 8, 9, 17, Content.BINARY_PROBE + 5}) {
      for (int at = 0; at < Math.min(length, Content.BINARY_PROBE); at += at < 40 ? 1 : 997) {
        byte[] bytes = text(length);
        bytes[at] = 0;
        assertTrue(Content.of(bytes).isEmpty(), "NUL at " + at + " of " + length);
      }
    }
    byte[] last = text(Content.BINARY_PROBE);
    last[Content.BINARY_PROBE - 1] = 0;
    assertTrue(Content.of(last).isEmpty());
  }

  @Test
  void of_isTextWithoutNulOrWithOneOnlyPastTheProbe() {
    assertFalse(Content.of(text(0)).isEmpty());
    assertFalse(Content.of(text(13)).isEmpty());
    byte[] late = text(Content.BINARY_PROBE + 1);
    late[Content.BINARY_PROBE] = 0;
    assertFalse(Content.of(late).isEmpty());
    byte[] high = text(16);
    high[3] = (byte) 0x80; // bytes above 0x7f are not NUL (the word test must not take them for one)
    high[11] = (byte) 0xff;
    assertEquals(16, Content.of(high).orElseThrow().text().length());
  }
}

package dev.keyward.core.structured;

import dev.keyward.core.engine.Content;

/**
 * A {@link Content}'s text as characters (UTF-8 decoded when the content is a byte view), which is
 * what parsers must read, with the way back: {@link #raw(int)} maps an offset in the decoded text to
 * the offset in {@link Content#text()} that the engine's matches and positions use. Malformed UTF-8
 * decodes to U+FFFD, one per bad byte, so the mapping never drifts.
 */
final class DecodedText {
  private static final char REPLACEMENT = '\uFFFD';

  private final String text;
  /** raw[i]: offset in the content of decoded char i; raw[length]: the content's length. Null: identical. */
  private final int[] raw;

  private DecodedText(String text, int[] raw) {
    this.text = text;
    this.raw = raw;
  }

  static DecodedText of(Content content) {
    String text = content.text();
    if (!content.bytesAsChars() || text.chars().allMatch(c -> c < 0x80)) {
      return new DecodedText(text, null);
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] raw = new int[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      int length = sequenceLength(text, i);
      int start = out.length();
      if (length == 0) {
        out.append(REPLACEMENT);
        length = 1;
      } else if (length == 1) {
        out.append(text.charAt(i));
      } else {
        out.appendCodePoint(codePoint(text, i, length));
      }
      for (int k = start; k < out.length(); k++) {
        raw[k] = i;
      }
      i += length;
    }
    raw[out.length()] = text.length();
    return new DecodedText(out.toString(), java.util.Arrays.copyOf(raw, out.length() + 1));
  }

  /** The decoded text. */
  String text() {
    return text;
  }

  /** The content offset of decoded offset {@code decoded} (0 to {@code text().length()}). */
  int raw(int decoded) {
    return raw == null ? decoded : raw[decoded];
  }

  /** Bytes in the well-formed UTF-8 sequence at {@code i} (1 for ASCII), or 0 if it is malformed. */
  private static int sequenceLength(String bytes, int i) {
    int lead = bytes.charAt(i);
    if (lead < 0x80) {
      return 1;
    }
    int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > bytes.length()) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      int c = bytes.charAt(i + k);
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    int cp = codePoint(bytes, i, length);
    boolean overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    boolean invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
    return overlong || invalid ? 0 : length;
  }

  private static int codePoint(String bytes, int i, int length) {
    int cp = bytes.charAt(i) & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (bytes.charAt(i + k) & 0x3F);
    }
    return cp;
  }
}

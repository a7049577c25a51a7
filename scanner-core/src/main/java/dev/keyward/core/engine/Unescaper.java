package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Optional;

/**
 * Percent-decoding and JSON unescaping: most characters stay as they are (one byte each; a char
 * above U+00FF becomes its UTF-8 bytes), escapes become the bytes they stand for.
 */
final class Unescaper {
  private final String text;
  private final int start;
  private final int end;
  private final int maxBytes;
  private byte[] out;
  private int[] from;
  private int[] to;
  private int size;

  Unescaper(String text, int start, int end, int maxBytes) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.maxBytes = maxBytes;
    int capacity = Math.min(end - start, maxBytes) + 4;
    this.out = new byte[capacity];
    this.from = new int[capacity];
    this.to = new int[capacity];
  }

  /** Percent-decodes {@code text[start, end)}: {@code %XX} is byte XX. */
  static Optional<DecodedText> percent(String text, int start, int end, int maxBytes) {
    return new Unescaper(text, start, end, maxBytes).percent();
  }

  /** Undoes JSON string escapes in {@code text[start, end)}: <code>&#92;uXXXX</code>, <code>&#92;/</code>, <code>&#92;"</code>, <code>&#92;n</code>… */
  static Optional<DecodedText> json(String text, int start, int end, int maxBytes) {
    return new Unescaper(text, start, end, maxBytes).json();
  }

  private Optional<DecodedText> percent() {
    for (int i = start; i < end && size < maxBytes; ) {
      char c = text.charAt(i);
      int hi = i + 2 < end && c == '%' ? Character.digit(text.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        add((byte) (hi << 4 | lo), i, i + 3);
        i += 3;
      } else {
        addChar(c, i, i + 1);
        i++;
      }
    }
    return result();
  }

  private Optional<DecodedText> json() {
    for (int i = start; i < end && size < maxBytes; ) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        addChar(c, i, i + 1);
        i++;
        continue;
      }
      i = jsonEscape(i);
    }
    return result();
  }

  /** Adds the escape at {@code i} (a backslash); returns the index after it. */
  private int jsonEscape(int i) {
    char next = text.charAt(i + 1);
    int simple = "\"\\/bfnrt".indexOf(next);
    if (simple >= 0) {
      addChar("\"\\/\b\f\n\r\t".charAt(simple), i, i + 2);
      return i + 2;
    }
    int unit = next == 'u' ? hex4(i + 2) : -1;
    if (unit < 0) {
      addChar('\\', i, i + 1);
      return i + 1;
    }
    if (Character.isHighSurrogate((char) unit) && i + 12 <= end && text.charAt(i + 6) == '\\'
        && text.charAt(i + 7) == 'u' && Character.isLowSurrogate((char) Math.max(0, hex4(i + 8)))) {
      addCodePoint(Character.toCodePoint((char) unit, (char) hex4(i + 8)), i, i + 12);
      return i + 12;
    }
    addCodePoint(Character.isSurrogate((char) unit) ? '?' : unit, i, i + 6);
    return i + 6;
  }

  private int hex4(int i) {
    if (i + 4 > end) {
      return -1;
    }
    int value = 0;
    for (int j = i; j < i + 4; j++) {
      int d = Character.digit(text.charAt(j), 16);
      if (d < 0) {
        return -1;
      }
      value = value << 4 | d;
    }
    return value;
  }

  private void addChar(char c, int f, int t) {
    if (c < 0x100) {
      add((byte) c, f, t);
    } else {
      addCodePoint(c, f, t);
    }
  }

  private void addCodePoint(int cp, int f, int t) {
    if (cp < 0x80) {
      add((byte) cp, f, t);
      return;
    }
    for (byte b : new String(Character.toChars(cp)).getBytes(UTF_8)) {
      add(b, f, t);
    }
  }

  private void add(byte b, int f, int t) {
    if (size == out.length) {
      int capacity = size * 2;
      out = Arrays.copyOf(out, capacity);
      from = Arrays.copyOf(from, capacity);
      to = Arrays.copyOf(to, capacity);
    }
    out[size] = b;
    from[size] = f;
    to[size] = t;
    size++;
  }

  private Optional<DecodedText> result() {
    DecodedText.Plausibility check = new DecodedText.Plausibility(size, true);
    for (int i = 0; i < size; i++) {
      if (!check.accept(out[i])) {
        return Optional.empty();
      }
    }
    int[] f = from;
    int[] t = to;
    return Optional.of(new DecodedText(out, size, new DecodedText.Offsets() {
      @Override
      public int from(int index) {
        return f[index];
      }

      @Override
      public int to(int index) {
        return t[index];
      }
    }));
  }
}

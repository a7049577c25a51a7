package dev.keyward.core.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes a candidate from {@link EncodedSpans} decodes to, and for each decoded byte the
 * [from, to) range of the encoded text it came from, so a secret found in the decoded text can be
 * reported where it lies in the file. A base64 or hex candidate that does not decode to mostly
 * printable ASCII text (at most one byte in ten outside it, and at most {@value #PROBE_BAD} in the
 * first {@value #PROBE}) is no candidate: binary data, identifiers and hashes end here, usually
 * within a few bytes. Percent-decoded and unescaped text may also hold non-ASCII bytes (UTF-8), but
 * not control characters.
 */
final class DecodedText {
  static final int PROBE = 32;
  static final int PROBE_BAD = 4;

  private static final byte[] BASE64 = new byte[128];

  static {
    Arrays.fill(BASE64, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < alphabet.length(); i++) {
      BASE64[alphabet.charAt(i)] = (byte) i;
    }
    BASE64['+'] = BASE64['-'] = 62;
    BASE64['/'] = BASE64['_'] = 63;
  }

  /** Where each decoded byte came from in the encoded text. */
  interface Offsets {
    int from(int index);

    int to(int index);
  }

  private final byte[] bytes;
  private final int length;
  private final Offsets offsets;

  DecodedText(byte[] bytes, int length, Offsets offsets) {
    this.bytes = bytes;
    this.length = length;
    this.offsets = offsets;
  }

  /**
   * Decodes {@code text[start, end)} as {@code encoding}, producing at most {@code maxBytes}; empty if
   * the result is not text.
   */
  static Optional<DecodedText> decode(Encoding encoding, String text, int start, int end, int maxBytes) {
    return switch (encoding) {
      case BASE64, BASE64URL -> base64(text, start, end, maxBytes);
      case HEX -> hex(text, start, end, maxBytes);
      case PERCENT -> Unescaper.percent(text, start, end, maxBytes);
      case JSON_ESCAPE -> Unescaper.json(text, start, end, maxBytes);
    };
  }

  int length() {
    return length;
  }

  /** The decoded bytes as content to scan, viewed one char per byte as {@link Content} views files. */
  Content content() {
    return Content.ofDecoded(bytes.length == length ? bytes : Arrays.copyOf(bytes, length));
  }

  /** Start, in the encoded text, of what decoded byte {@code index} came from. */
  int from(int index) {
    return offsets.from(index);
  }

  /** End (exclusive), in the encoded text, of what decoded byte {@code index} came from. */
  int to(int index) {
    return offsets.to(index);
  }

  private static Optional<DecodedText> base64(String text, int start, int end, int maxBytes) {
    int e = end;
    while (e > start && text.charAt(e - 1) == '=') {
      e--;
    }
    int chars = e - start;
    int limit = Math.min(chars / 4 * 3 + Math.max(0, chars % 4 - 1), maxBytes);
    byte[] out = new byte[Math.min(limit, PROBE)];
    Plausibility check = new Plausibility(limit, false);
    int bits = 0;
    int pending = 0;
    int k = 0;
    for (int i = start; i < e && k < limit; i++) {
      bits = bits << 6 | BASE64[text.charAt(i)];
      pending += 6;
      if (pending >= 8) {
        pending -= 8;
        if (k == out.length) {
          out = Arrays.copyOf(out, limit);
        }
        out[k] = (byte) (bits >> pending);
        bits &= (1 << pending) - 1;
        if (!check.accept(out[k++])) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new DecodedText(out, k, new Offsets() {
      @Override
      public int from(int index) {
        return start + index / 3 * 4 + index % 3;
      }

      @Override
      public int to(int index) {
        return from(index) + 2;
      }
    }));
  }

  private static Optional<DecodedText> hex(String text, int start, int end, int maxBytes) {
    int limit = Math.min((end - start) / 2, maxBytes);
    byte[] out = new byte[Math.min(limit, PROBE)];
    Plausibility check = new Plausibility(limit, false);
    for (int k = 0; k < limit; k++) {
      int i = start + 2 * k;
      if (k == out.length) {
        out = Arrays.copyOf(out, limit);
      }
      out[k] = (byte) (Character.digit(text.charAt(i), 16) << 4 | Character.digit(text.charAt(i + 1), 16));
      if (!check.accept(out[k])) {
        return Optional.empty();
      }
    }
    return Optional.of(new DecodedText(out, limit, new Offsets() {
      @Override
      public int from(int index) {
        return start + 2 * index;
      }

      @Override
      public int to(int index) {
        return start + 2 * index + 2;
      }
    }));
  }

  /** Counts bytes outside printable ASCII and white space, failing fast on binary data. */
  static final class Plausibility {
    private final int allowed;
    private final boolean utf8;
    private int seen;
    private int bad;

    /** @param utf8 whether bytes of 0x80 and above count as text */
    Plausibility(int expected, boolean utf8) {
      this.allowed = expected / 10;
      this.utf8 = utf8;
    }

    boolean accept(byte b) {
      seen++;
      if (b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t' || utf8 && b < 0) {
        return true;
      }
      bad++;
      return bad <= allowed && (seen > PROBE || bad <= PROBE_BAD);
    }
  }
}

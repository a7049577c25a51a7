package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.util.Optional;

/**
 * Text ready for matching. Byte content is viewed as ISO-8859-1 (one char per byte: key formats are
 * ASCII, so matching never needs decoding); UTF-16 with a byte-order mark is decoded. Line and
 * column are worked out only for hits (see {@link Positions}).
 */
public final class Content {
  /** Bytes examined for NUL when deciding whether content is binary (as git does). */
  static final int BINARY_PROBE = 8000;

  private final String text;
  private final boolean bytesAsChars;
  /** The text one byte per char, when it came from bytes (kept: byte scans need not copy it again). */
  private final byte[] bytes;

  private Content(String text, boolean bytesAsChars, byte[] bytes) {
    this.text = text;
    this.bytesAsChars = bytesAsChars;
    this.bytes = bytes;
  }

  /** Decodes {@code bytes}; empty when they look binary (a NUL byte without a UTF-16 BOM). */
  public static Optional<Content> of(byte[] bytes) {
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return Optional.of(new Content(new String(bytes, 2, n - 2, UTF_16BE), false, null));
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return Optional.of(new Content(new String(bytes, 2, n - 2, UTF_16LE), false, null));
    }
    if (hasNul(bytes, Math.min(n, BINARY_PROBE))) {
      return Optional.empty();
    }
    int skip = n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return Optional.of(new Content(new String(bytes, skip, n - skip, ISO_8859_1), true,
        skip == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, skip, n)));
  }

  /**
   * Whether {@code bytes[0, end)} holds a NUL: eight bytes at a time ({@link ByteWords}), as this runs
   * on every file and blob a scan reads.
   */
  private static boolean hasNul(byte[] bytes, int end) {
    int i = 0;
    for (; i + 8 <= end; i += 8) {
      if (ByteWords.hasZeroByte(ByteWords.at(bytes, i))) {
        return true;
      }
    }
    for (; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Text that is already decoded (e.g. stdin read as characters). */
  public static Content ofText(String text) {
    return new Content(text, false, null);
  }

  /** Bytes decoded from encoded text (base64, percent-encoding…), viewed one char per byte; not copied. */
  static Content ofDecoded(byte[] bytes) {
    return new Content(new String(bytes, ISO_8859_1), true, bytes);
  }

  /** What the matcher runs on: one char per byte, or decoded UTF-16. */
  public String text() {
    return text;
  }

  /**
   * {@link #text()} one byte per char (a char above U+00FF as {@code '?'}): the bytes it was read
   * from, or a copy. The caller must not change it.
   */
  byte[] latin1() {
    return bytes != null ? bytes : text.getBytes(ISO_8859_1);
  }

  /** Whether each char of {@link #text()} is one byte of (presumably UTF-8) content. */
  public boolean bytesAsChars() {
    return bytesAsChars;
  }

  /** The human-readable form of {@code text().substring(start, end)} (UTF-8 decoded if bytes). */
  String decode(int start, int end) {
    String raw = text.substring(start, end);
    if (!bytesAsChars) {
      return raw;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        return new String(raw.getBytes(ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return raw;
  }
}

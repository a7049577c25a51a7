package dev.keyward.core.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the stretches of a text that may hide encoded text, cheaply and without allocating:
 * <ul>
 *   <li>runs of base64 or base64url characters at least {@value #MIN_BASE64} long (with up to two
 *       {@code =} of padding), and runs of hex digits of even length at least {@value #MIN_HEX};
 *   <li>tokens that hold a {@code %XX} escape (a token ends at white space, a quote, a backtick or an
 *       angle bracket), at least {@value #MIN_PERCENT} long;
 *   <li>the part of a line around JSON string escapes that can hide an ASCII key or its context:
 *       <code>&#92;u00XX</code> below U+0080, <code>&#92;/</code>, and <code>&#92;"</code> closing a
 *       JSON key (followed by {@code :}).
 * </ul>
 * Runs are found by checking windows of {@value #MIN_BASE64} characters from their ends (see
 * {@link #runs}), so ordinary text costs well under one look per character; {@code %} and
 * backslashes are found in one pass, or given by the native search. Whether a candidate really
 * decodes to text is for {@link DecodedText} to say.
 */
final class EncodedSpans {
  /** Shorter base64 runs are ordinary words and identifiers (24 characters decode to 18 bytes). */
  static final int MIN_BASE64 = 24;

  static final int MIN_HEX = 32;

  /** Shorter percent-encoded tokens cannot hold a secret worth the rescan. */
  static final int MIN_PERCENT = 16;

  /** Characters kept on each side of a JSON escape; escapes further apart start a new stretch. */
  static final int JSON_RADIUS = 256;

  /** <code>&#92;uXXXX</code>. */
  private static final int LONGEST_ESCAPE = 6;

  private static final int STD = 1;
  private static final int URL = 2;
  private static final int HEX = 4;
  private static final int SEPARATOR = 8;
  private static final int BASE64_ANY = STD | URL;
  private static final byte[] CLASS = new byte[256];

  static {
    for (int c = 0; c < 128; c++) {
      boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      int cls = alnum ? STD | URL : 0;
      cls |= c == '+' || c == '/' ? STD : 0;
      cls |= c == '-' || c == '_' ? URL : 0;
      cls |= c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' ? HEX : 0;
      cls |= " \t\n\r\f\u000b\"'`<>".indexOf(c) >= 0 ? SEPARATOR : 0;
      CLASS[c] = (byte) cls;
    }
  }

  /** Receives each candidate: how it may be encoded and its [start, end) in the text. */
  @FunctionalInterface
  interface Sink {
    void candidate(Encoding encoding, int start, int end);
  }

  private EncodedSpans() {}

  /**
   * Reports every candidate in {@code text}, one byte per character, to {@code sink}; {@code escapes}
   * are those a native search already found in it (see {@link #ESCAPE_EXPRESSIONS}), or null to look
   * for them here. Bytes, not a String: this runs over every byte a scan reads, and array reads cost a
   * fraction of {@code String.charAt} in C1-compiled code.
   */
  static void scan(byte[] text, Escapes escapes, Sink sink) {
    runs(text, sink);
    int[] marks = escapes != null ? escapes.sorted() : marks(text);
    percentTokens(text, marks, marks[0], sink);
    jsonStretches(text, marks, marks[0], sink);
  }

  /**
   * Hyperscan expressions for every escape the percent and JSON passes act on: {@code %XX},
   * <code>&#92;u00XX</code> (below U+0080), <code>&#92;/</code> and <code>&#92;"</code> before a
   * {@code :}. A native search that runs them along with the rules (cheaper than a pass over every
   * byte here) reports each match to {@link Escapes#add}, with the expression's index.
   */
  static final List<String> ESCAPE_EXPRESSIONS =
      List.of("%[0-9A-Fa-f]{2}", "\\\\u00[0-7][0-9A-Fa-f]", "\\\\/", "\\\\\"[ \\t]*:");

  /** The offsets of the escapes found in one text, from native matches of {@link #ESCAPE_EXPRESSIONS}. */
  static final class Escapes {
    private int[] marks = new int[16];
    private int count;
    private boolean sorted = true;

    /** A match of expression {@code expression} ending at {@code end} in {@code text}. */
    void add(byte[] text, int expression, int end) {
      int start = switch (expression) {
        case 0 -> end - 3;
        case 1 -> end - 6;
        case 2 -> end - 2;
        default -> {
          int quote = end - 2; // before the ':' and the blanks, the '"'
          while (quote > 0 && text[quote] != '"') {
            quote--;
          }
          yield quote - 1;
        }
      };
      sorted &= count == 0 || marks[count] < start;
      marks = mark(marks, ++count, start);
    }

    /** In the form of {@link #marks}: the count at [0], then the offsets in order. */
    int[] sorted() {
      marks[0] = count;
      if (!sorted) {
        Arrays.sort(marks, 1, count + 1);
      }
      return marks;
    }
  }

  private static final long PERCENTS = ByteWords.repeated('%');
  private static final long BACKSLASHES = ByteWords.repeated('\\');

  /**
   * The offsets of every {@code %} and backslash, in order, from index 1 ({@code [0]} is their count).
   * This looks at every byte, so eight at a time: a word with neither character is skipped after one
   * test ({@link ByteWords}: the word XOR each character has no zero byte).
   */
  private static int[] marks(byte[] text) {
    int[] marks = new int[16];
    int count = 0;
    int i = 0;
    for (int words = text.length - 7; i < words; i += 8) {
      long w = ByteWords.at(text, i);
      if (!ByteWords.hasZeroByte(w ^ PERCENTS) && !ByteWords.hasZeroByte(w ^ BACKSLASHES)) {
        continue;
      }
      for (int j = i; j < i + 8; j++) {
        if (text[j] == '%' || text[j] == '\\') {
          marks = mark(marks, ++count, j);
        }
      }
    }
    for (; i < text.length; i++) {
      if (text[i] == '%' || text[i] == '\\') {
        marks = mark(marks, ++count, i);
      }
    }
    marks[0] = count;
    return marks;
  }

  private static int[] mark(int[] marks, int index, int offset) {
    int[] out = index < marks.length ? marks : Arrays.copyOf(marks, marks.length * 2);
    out[index] = offset;
    return out;
  }

  private static int cls(byte[] text, int i) {
    return CLASS[text[i] & 0xff];
  }

  /**
   * Reports every run of at least {@value #MIN_BASE64} base64 characters. Each candidate window of that
   * length is checked from its end backwards: the first character that is not base64 rules out every
   * run starting at or before it, so the next window starts after it, and the characters already seen
   * to be base64 are not looked at again. Ordinary text costs about one look per five characters.
   */
  private static void runs(byte[] text, Sink sink) {
    int n = text.length;
    int i = 0; // where a run may start: text[i - 1] is no base64 character
    int known = 0; // text[i, known) is known to be base64
    while (i + MIN_BASE64 <= n) {
      int j = i + MIN_BASE64 - 1;
      while (j >= known && B64[text[j] & 0xff]) {
        j--;
      }
      if (j >= known) {
        known = i + MIN_BASE64;
        i = j + 1;
        continue;
      }
      int end = i + MIN_BASE64;
      while (end < n && B64[text[end] & 0xff]) {
        end++;
      }
      run(text, i, end, sink);
      i = end + 1;
      known = i;
    }
  }

  /** Whether a byte is a base64 or base64url character (one array read, for the loops above). */
  private static final boolean[] B64 = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      B64[c] = (CLASS[c] & BASE64_ANY) != 0;
    }
  }

  /** Reports the run [start, end) as hex or base64, if its characters and length allow. */
  private static void run(byte[] text, int start, int end, Sink sink) {
    int flags = BASE64_ANY | HEX;
    for (int i = start; i < end; i++) {
      flags &= cls(text, i);
    }
    int len = end - start;
    if ((flags & HEX) != 0 && (len & 1) == 0 && len >= MIN_HEX) {
      sink.candidate(Encoding.HEX, start, end);
    } else if ((flags & BASE64_ANY) != 0 && len % 4 != 1) {
      int padded = end;
      while (padded < text.length && padded - end < 2 && text[padded] == '=') {
        padded++;
      }
      sink.candidate((flags & STD) != 0 ? Encoding.BASE64 : Encoding.BASE64URL, start, padded);
    }
  }

  private static void percentTokens(byte[] text, int[] marks, int count, Sink sink) {
    int n = text.length;
    int next = 0;
    for (int m = 1; m <= count; m++) {
      int i = marks[m];
      if (i < next || text[i] != '%' || i + 2 >= n || !isHex(text, i + 1) || !isHex(text, i + 2)) {
        continue;
      }
      int start = i;
      while (start > 0 && (cls(text, start - 1) & SEPARATOR) == 0) {
        start--;
      }
      int end = i + 3;
      while (end < n && (cls(text, end) & SEPARATOR) == 0) {
        end++;
      }
      if (end - start >= MIN_PERCENT) {
        sink.candidate(Encoding.PERCENT, start, end);
      }
      next = end + 1;
    }
  }

  private static void jsonStretches(byte[] text, int[] marks, int count, Sink sink) {
    int first = -1;
    int last = -1;
    int lineEnd = -1;
    for (int m = 1; m <= count; m++) {
      int i = marks[m];
      // isEscaped last: in a run of backslashes only the last can start an escape, so each run is
      // walked back once
      if (text[i] != '\\' || !isJsonEscape(text, i) || isEscaped(text, i)) {
        continue;
      }
      if (first >= 0 && (i > lineEnd || i - last > 2 * JSON_RADIUS)) {
        jsonStretch(text, first, last, sink);
        first = -1;
      }
      if (first < 0) {
        first = i;
        if (i > lineEnd) {
          lineEnd = indexOf(text, (byte) '\n', i);
          lineEnd = lineEnd < 0 ? text.length : lineEnd;
        }
      }
      last = i;
    }
    if (first >= 0) {
      jsonStretch(text, first, last, sink);
    }
  }

  /** Whether the backslash at {@code i} is itself escaped: an odd number of backslashes before it. */
  private static boolean isEscaped(byte[] text, int i) {
    int j = i;
    while (j > 0 && text[j - 1] == '\\') {
      j--;
    }
    return ((i - j) & 1) == 1;
  }

  private static int indexOf(byte[] text, byte c, int from) {
    for (int i = from; i < text.length; i++) {
      if (text[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Reports the stretch from {@code first} to {@code last} plus the radius, within their line. */
  private static void jsonStretch(byte[] text, int first, int last, Sink sink) {
    int start = first;
    int floor = Math.max(0, first - JSON_RADIUS);
    while (start > floor && text[start - 1] != '\n') {
      start--;
    }
    int end = last;
    int ceiling = Math.min(text.length, last + LONGEST_ESCAPE + JSON_RADIUS);
    while (end < ceiling && text[end] != '\n') {
      end++;
    }
    if (end > last && text[end - 1] == '\r') {
      end--;
    }
    sink.candidate(Encoding.JSON_ESCAPE, start, end);
  }

  /** Whether the backslash at {@code i} starts an escape worth undoing (see the class comment). */
  private static boolean isJsonEscape(byte[] text, int i) {
    int n = text.length;
    if (i + 1 >= n) {
      return false;
    }
    byte next = text[i + 1];
    if (next == '/') {
      return true;
    }
    if (next == 'u') {
      return i + 5 < n && text[i + 2] == '0' && text[i + 3] == '0'
          && text[i + 4] >= '0' && text[i + 4] <= '7' && isHex(text, i + 5);
    }
    if (next != '"') {
      return false;
    }
    int j = i + 2;
    while (j < n && (text[j] == ' ' || text[j] == '\t')) {
      j++;
    }
    return j < n && text[j] == ':';
  }

  private static boolean isHex(byte[] text, int i) {
    return i < text.length && (cls(text, i) & HEX) != 0;
  }
}

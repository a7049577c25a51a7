package dev.keyward.core.engine;

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
 * Runs are found by probing every {@value #MIN_BASE64}th character (a run that long must cover the
 * probe), so ordinary text costs well under one look per character; {@code %} and backslashes are
 * found with {@link String#indexOf(int, int)}. Whether a candidate really decodes to text is for
 * {@link DecodedText} to say.
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

  /** Reports every candidate in {@code text} to {@code sink}. */
  static void scan(String text, Sink sink) {
    runs(text, sink);
    percentTokens(text, sink);
    jsonStretches(text, sink);
  }

  private static int cls(String text, int i) {
    char c = text.charAt(i);
    return c < 256 ? CLASS[c] : 0;
  }

  private static void runs(String text, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i + MIN_BASE64 <= n) {
      int probe = i + MIN_BASE64 - 1;
      i = isBase64(text.charAt(probe)) ? runAround(text, i, probe, sink) : probe + 1;
    }
  }

  private static boolean isBase64(char c) {
    return c < 128 && (CLASS[c] & BASE64_ANY) != 0;
  }

  /**
   * The probe at {@code probe} is a base64 character and no run that long starts before {@code from}:
   * reports the run around the probe if it is long enough; returns where to search on.
   */
  private static int runAround(String text, int from, int probe, Sink sink) {
    int start = probe;
    while (start > from && isBase64(text.charAt(start - 1))) {
      start--;
    }
    int farthest = start + MIN_BASE64 - 1;
    int n = text.length();
    if (farthest >= n || !isBase64(text.charAt(farthest))) {
      return farthest + 1;
    }
    int end = probe + 1;
    while (end < n && isBase64(text.charAt(end))) {
      end++;
    }
    if (end - start >= MIN_BASE64) {
      run(text, start, end, sink);
    }
    return end + 1;
  }

  /** Reports the run [start, end) as hex or base64, if its characters and length allow. */
  private static void run(String text, int start, int end, Sink sink) {
    int flags = BASE64_ANY | HEX;
    for (int i = start; i < end; i++) {
      flags &= cls(text, i);
    }
    int len = end - start;
    if ((flags & HEX) != 0 && (len & 1) == 0 && len >= MIN_HEX) {
      sink.candidate(Encoding.HEX, start, end);
    } else if ((flags & BASE64_ANY) != 0 && len % 4 != 1) {
      int padded = end;
      while (padded < text.length() && padded - end < 2 && text.charAt(padded) == '=') {
        padded++;
      }
      sink.candidate((flags & STD) != 0 ? Encoding.BASE64 : Encoding.BASE64URL, start, padded);
    }
  }

  private static void percentTokens(String text, Sink sink) {
    int n = text.length();
    for (int i = text.indexOf('%'); i >= 0 && i + 2 < n; i = text.indexOf('%', i + 1)) {
      if (!isHex(text, i + 1) || !isHex(text, i + 2)) {
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
      i = end;
    }
  }

  private static void jsonStretches(String text, Sink sink) {
    int first = -1;
    int last = -1;
    int lineEnd = -1;
    for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
      if (!isJsonEscape(text, i)) {
        continue;
      }
      if (first >= 0 && (i > lineEnd || i - last > 2 * JSON_RADIUS)) {
        jsonStretch(text, first, last, sink);
        first = -1;
      }
      if (first < 0) {
        first = i;
        if (i > lineEnd) {
          lineEnd = text.indexOf('\n', i);
          lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        }
      }
      last = i;
    }
    if (first >= 0) {
      jsonStretch(text, first, last, sink);
    }
  }

  /** Reports the stretch from {@code first} to {@code last} plus the radius, within their line. */
  private static void jsonStretch(String text, int first, int last, Sink sink) {
    int start = first;
    int floor = Math.max(0, first - JSON_RADIUS);
    while (start > floor && text.charAt(start - 1) != '\n') {
      start--;
    }
    int end = last;
    int ceiling = Math.min(text.length(), last + LONGEST_ESCAPE + JSON_RADIUS);
    while (end < ceiling && text.charAt(end) != '\n') {
      end++;
    }
    if (end > last && text.charAt(end - 1) == '\r') {
      end--;
    }
    sink.candidate(Encoding.JSON_ESCAPE, start, end);
  }

  /** Whether the backslash at {@code i} starts an escape worth undoing (see the class comment). */
  private static boolean isJsonEscape(String text, int i) {
    int n = text.length();
    if (i + 1 >= n) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (next == '/') {
      return true;
    }
    if (next == 'u') {
      return i + 5 < n && text.charAt(i + 2) == '0' && text.charAt(i + 3) == '0'
          && text.charAt(i + 4) >= '0' && text.charAt(i + 4) <= '7' && isHex(text, i + 5);
    }
    if (next != '"') {
      return false;
    }
    int j = i + 2;
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < n && text.charAt(j) == ':';
  }

  private static boolean isHex(String text, int i) {
    return i < text.length() && (cls(text, i) & HEX) != 0;
  }
}

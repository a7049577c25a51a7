package dev.keyward.core.engine;

import java.util.Arrays;

/**
 * Line and column of offsets in a {@link Content}, computed on demand: the line index is built once,
 * on the first hit, so files without findings never pay for it. Lines end at LF (a CR before it is
 * part of the terminator); columns count UTF-16 code units of the decoded line, from 1.
 */
final class Positions {
  private final Content content;
  private int[] lineStarts;

  Positions(Content content) {
    this.content = content;
  }

  /** 1-based line of the char at {@code offset}. */
  int line(int offset) {
    int[] starts = lineStarts();
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  int lineStart(int offset) {
    return lineStarts()[line(offset) - 1];
  }

  /** End of the line holding {@code offset}, before its CR LF or LF. */
  int lineEnd(int offset) {
    String text = content.text();
    int nl = text.indexOf('\n', offset);
    int end = nl < 0 ? text.length() : nl;
    return end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** 1-based column of {@code offset} in UTF-16 code units of the decoded line. */
  int column(int offset) {
    return content.decode(lineStart(offset), offset).length() + 1;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      String text = content.text();
      int[] starts = new int[64];
      int n = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
      lineStarts = Arrays.copyOf(starts, n);
    }
    return lineStarts;
  }
}

package dev.keyward.core.engine;

import java.util.Arrays;

/**
 * One rule's merged, sorted [start, end) regions of a text, where its regex is run. Regions are built
 * from keyword hits ({@link #addAround}) or from the end offsets of prefilter matches
 * ({@link #addEndingAt}); non-multi-line rules' regions never leave the line they start from.
 */
final class Windows {
  private final String text;
  private final boolean multiline;
  int[] starts = new int[4];
  int[] ends = new int[4];
  int size;
  /** Set when a region arrived out of order; {@link #sorted()} then sorts and merges. */
  private boolean unsorted;
  /** For {@link #addEndingAt}: text[knownLineStart, scannedTo) holds no LF. */
  private int knownLineStart = -1;
  private int scannedTo;

  Windows(String text, boolean multiline) {
    this.text = text;
    this.multiline = multiline;
  }

  /** The region {@code radius} characters each side of a keyword hit at [hitStart, hitEnd). */
  void addAround(int hitStart, int hitEnd, int radius) {
    int s = Math.max(0, hitStart - radius);
    int e = (int) Math.min(text.length(), (long) hitEnd + radius);
    if (!multiline) {
      s = lineStart(s, hitStart);
      e = lineEnd(hitEnd, e);
    }
    add(s, e);
  }

  /**
   * The region in which a match ending at {@code end} and at most {@code reach} characters long lies:
   * [end - reach, end], not before the start of its line unless the rule is multi-line. A match that
   * takes in an LF lies on no single line, so for other rules it adds nothing.
   */
  void addEndingAt(int end, int reach) {
    addEndingAt(end, reach, 0);
  }

  /**
   * As {@link #addEndingAt(int, int)}, for a prefilter match that may end up to {@code ahead}
   * characters before the match it stands for (a leading lookahead's): [end - reach, end + ahead],
   * within the line unless the rule is multi-line.
   */
  void addEndingAt(int end, int reach, int ahead) {
    int floor = Math.max(0, end - reach);
    int ceiling = (int) Math.min(text.length(), (long) end + ahead);
    if (multiline) {
      add(floor, ceiling);
    } else if (end > 0 && text.charAt(end - 1) != '\n') {
      add(lineStartBefore(end, floor), ahead == 0 ? end : lineEnd(end, ceiling));
    }
  }

  /** The start of the line holding {@code end - 1}, or {@code floor} if that is later; amortised O(1). */
  private int lineStartBefore(int end, int floor) {
    if (knownLineStart < 0 || end < scannedTo) {
      knownLineStart = lineStart(floor, end - 1);
      scannedTo = end;
      return knownLineStart;
    }
    for (int i = end - 1; i >= scannedTo && i >= floor; i--) {
      if (text.charAt(i) == '\n') {
        knownLineStart = i + 1;
        break;
      }
    }
    scannedTo = end;
    if (knownLineStart < floor) {
      knownLineStart = floor;
    }
    return knownLineStart;
  }

  private void add(int s, int e) {
    if (size > 0 && s <= ends[size - 1] && e >= starts[size - 1]) {
      if (s < starts[size - 1] && size > 1 && s <= ends[size - 2]) {
        unsorted = true;
      }
      starts[size - 1] = Math.min(starts[size - 1], s);
      ends[size - 1] = Math.max(ends[size - 1], e);
      return;
    }
    if (size > 0 && s < starts[size - 1]) {
      unsorted = true;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    size++;
  }

  /** These regions, sorted and merged if they arrived out of order. */
  Windows sorted() {
    if (!unsorted) {
      return this;
    }
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = (long) starts[i] << 32 | ends[i];
    }
    Arrays.sort(packed);
    size = 0;
    unsorted = false;
    for (long p : packed) {
      add((int) (p >>> 32), (int) p);
    }
    return this;
  }

  /** The start of the line holding {@code from}, but not before {@code floor}. */
  private int lineStart(int floor, int from) {
    int i = from;
    while (i > floor && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** The end of the line holding {@code from} (before its LF), but not after {@code ceiling}. */
  private int lineEnd(int from, int ceiling) {
    int i = from;
    while (i < ceiling && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }
}

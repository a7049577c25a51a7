package dev.keyward.rules.accuracy;

import dev.keyward.core.finding.Span;
import java.util.ArrayList;
import java.util.List;

/** A file's text as it is assembled, remembering where each added mark ended up. */
final class Doc {
  private final StringBuilder text = new StringBuilder();
  private final List<int[]> marks = new ArrayList<>();

  Doc text(String s) {
    text.append(s);
    return this;
  }

  /** Appends {@code m} and returns the index of its mark. */
  int add(Marked m) {
    int base = text.length();
    text.append(m.text());
    marks.add(new int[] {base + m.start(), base + m.end(), base, text.length()});
    return marks.size() - 1;
  }

  /** The text mark {@code index} covers. */
  String marked(int index) {
    int[] mark = marks.get(index);
    return text.substring(mark[0], mark[1]);
  }

  String content() {
    return text.toString();
  }

  /** Where mark {@code index} lies: 1-based lines and columns, end column exclusive (as Keyward's spans). */
  Span span(int index) {
    int[] mark = marks.get(index);
    return span(mark[0], mark[1]);
  }

  /** Where the whole text added with mark {@code index} lies. */
  Span entrySpan(int index) {
    int[] mark = marks.get(index);
    return span(mark[2], mark[3]);
  }

  private Span span(int from, int to) {
    int[] start = position(from);
    int[] end = position(to);
    return new Span(start[0], start[1], end[0], end[1]);
  }

  private int[] position(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new int[] {line, offset - lineStart + 1};
  }
}

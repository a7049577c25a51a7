package dev.keyward.rules.accuracy;

import dev.keyward.core.finding.Span;

/**
 * One finding of a tool, reduced to what scoring needs: the file (relative to the corpus, with
 * {@code /}), the span, the rule, and a redacted form of what was found.
 */
record Detection(String file, Span span, String rule, String redacted) {
  /** Whether the two spans share at least one character (ends exclusive). */
  static boolean overlaps(Span a, Span b) {
    return before(a.line(), a.column(), b.endLine(), b.endColumn()) && before(b.line(), b.column(), a.endLine(), a.endColumn());
  }

  private static boolean before(int line, int column, int endLine, int endColumn) {
    return line < endLine || (line == endLine && column < endColumn);
  }

  String where() {
    return file + ":" + span.line() + ":" + span.column();
  }
}

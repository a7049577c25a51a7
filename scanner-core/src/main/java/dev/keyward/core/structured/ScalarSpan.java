package dev.keyward.core.structured;

/**
 * Where a scalar's value is written, from where its token starts: inside the quotes of a quoted
 * scalar, the first content line of a YAML block scalar ({@code |}, {@code >}), or the plain text of
 * a plain one. Works on JSON and YAML text.
 */
final class ScalarSpan {
  /** No span: an alias, an unterminated quote, or nothing written. */
  static final int[] NONE = new int[0];

  private ScalarSpan() {}

  /** {@code [start, end)} of the value whose token starts at {@code anchor}, or {@link #NONE}. */
  static int[] of(String text, int anchor, String value) {
    int i = skipProperties(text, anchor);
    if (i >= text.length()) {
      return NONE;
    }
    char c = text.charAt(i);
    if (c == '*') {
      return NONE; // an alias: the value is reported where its anchor defines it
    }
    if (c == '"' || c == '\'') {
      int close = closingQuote(text, i, c);
      return close < 0 ? NONE : span(i + 1, close);
    }
    if ((c == '|' || c == '>') && !text.startsWith(value, i)) {
      return blockFirstLine(text, i);
    }
    if (!value.isEmpty() && text.startsWith(value, i)) {
      return span(i, i + value.length());
    }
    return span(i, plainEnd(text, i));
  }

  /** Skips YAML node properties before the scalar: an anchor ({@code &name}) and a tag ({@code !!str}). */
  private static int skipProperties(String text, int i) {
    while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
      while (i < text.length() && !isBlank(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && isBlank(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /**
   * The closing quote of the string opened at {@code open}: backslash escapes in double quotes (JSON,
   * YAML), a doubled quote in YAML's single quotes. -1 when unterminated.
   */
  static int closingQuote(String text, int open, char quote) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** The first non-blank line after a block scalar's header, without its indentation. */
  private static int[] blockFirstLine(String text, int header) {
    int line = text.indexOf('\n', header);
    while (line >= 0) {
      int start = line + 1;
      while (start < text.length() && isBlank(text.charAt(start))) {
        start++;
      }
      int end = lineEnd(text, start);
      if (end > start) {
        return span(start, end);
      }
      line = text.indexOf('\n', start);
    }
    return NONE;
  }

  /** End of a plain scalar on its line: before a comment ({@code  #}) or the line end, trailing blanks cut. */
  private static int plainEnd(String text, int start) {
    int end = lineEnd(text, start);
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) == '#' && isBlank(text.charAt(i - 1))) {
        end = i;
        break;
      }
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    while (i > from && isBlank(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int[] span(int start, int end) {
    return end > start ? new int[] {start, end} : NONE;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}

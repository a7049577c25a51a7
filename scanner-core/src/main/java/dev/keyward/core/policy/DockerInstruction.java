package dev.keyward.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One Dockerfile instruction after joining continuation lines and dropping comment lines.
 *
 * @param keyword upper case, e.g. {@code ENV}; for {@code ONBUILD ENV …} the inner keyword
 * @param arguments the text after the keyword, continuations joined
 * @param lines the physical line of each character of {@code arguments}
 */
record DockerInstruction(String keyword, String arguments, int[] lines) {
  DockerInstruction {
    requireNonNull(keyword, "keyword");
    requireNonNull(arguments, "arguments");
    if (lines.length != arguments.length()) {
      throw new IllegalArgumentException("one line number per character");
    }
    lines = lines.clone();
  }

  /** The line of the character at {@code offset} (the last line for offsets at the end). */
  int lineAt(int offset) {
    return lines.length == 0 ? 1 : lines[Math.min(offset, lines.length - 1)];
  }

  /**
   * A word of the arguments, quotes kept as written.
   *
   * @param start offset in {@link #arguments()}
   */
  record Word(String text, int start) {}

  /** The arguments split at whitespace outside quotes; {@code escape} escapes the next character. */
  List<Word> words(char escape) {
    List<Word> words = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int start = -1;
    char quote = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (start >= 0) {
          words.add(new Word(sb.toString(), start));
          sb.setLength(0);
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = i;
      }
      sb.append(c);
      if (c == escape && quote != '\'' && i + 1 < arguments.length()) {
        sb.append(arguments.charAt(++i));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    if (start >= 0) {
      words.add(new Word(sb.toString(), start));
    }
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DockerInstruction d && d.keyword.equals(keyword) && d.arguments.equals(arguments)
        && java.util.Arrays.equals(d.lines, lines);
  }

  @Override
  public int hashCode() {
    return keyword.hashCode() * 31 + arguments.hashCode();
  }

  @Override
  public String toString() {
    return "DockerInstruction[" + keyword + " at line " + lineAt(0) + "]";
  }
}

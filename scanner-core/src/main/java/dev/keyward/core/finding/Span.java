package dev.keyward.core.finding;

/**
 * Where a secret sits: 1-based lines and columns, columns counted in UTF-16 code units (as SARIF's
 * default {@code columnKind}), end column exclusive.
 */
public record Span(int line, int column, int endLine, int endColumn) {
  public Span {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "invalid span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }
}

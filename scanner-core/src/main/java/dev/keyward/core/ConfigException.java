package dev.keyward.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A rule file or configuration file is invalid; the message names the file and, where known, the line. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * @param source the file (or resource) name
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   */
  public ConfigException(String source, int line, int column, String problem) {
    super(format(source, line, column, problem));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
  }

  public ConfigException(Path file, String problem) {
    this(file.toString(), 0, 0, problem);
  }

  private static String format(String source, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(problem).toString();
  }

  public String source() {
    return source;
  }

  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }
}

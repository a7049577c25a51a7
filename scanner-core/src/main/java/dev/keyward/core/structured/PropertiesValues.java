package dev.keyward.core.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a {@code .properties} file by the rules of {@link java.util.Properties#load(java.io.Reader)},
 * keeping where each value is written: comment lines start with {@code #} or {@code !}; the key ends
 * at the first unescaped {@code =}, {@code :} or white space; a line ending in an odd number of
 * backslashes continues on the next (whose leading white space is dropped); {@code \t}, {@code \n},
 * {@code \r}, {@code \f}, {@code \\uXXXX} are escapes and any other escaped character stands for
 * itself. A value's span is its first non-empty line, without trailing white space.
 */
final class PropertiesValues {
  private final String text;
  private int i;

  private PropertiesValues(String text) {
    this.text = text;
  }

  static List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
    return new PropertiesValues(text).values(wanted);
  }

  private List<ConfigValue> values(Predicate<List<String>> wanted) throws MalformedDocumentException {
    List<ConfigValue> values = new ArrayList<>();
    while (i < text.length()) {
      skipBlanks();
      if (i >= text.length()) {
        break;
      }
      char c = text.charAt(i);
      if (isLineBreak(c) || c == '#' || c == '!') {
        skipLine();
        continue;
      }
      StringBuilder key = new StringBuilder();
      readElement(key, true, new int[] {-1, -1});
      separator();
      StringBuilder value = new StringBuilder();
      int[] span = {-1, -1};
      readElement(value, false, span);
      List<String> path = new ArrayList<>();
      KeySegments.add(key.toString(), path);
      if (span[0] >= 0 && span[1] > span[0] && path.size() <= KeySegments.MAX_DEPTH && wanted.test(path)) {
        values.add(new ConfigValue(path, value.toString(), span[0], span[1]));
      }
    }
    return values;
  }

  /**
   * Reads a key (up to a separator) or a value (up to the end of the logical line) into {@code out};
   * records in {@code span} where its first non-empty natural line is written, trailing blanks cut.
   */
  private void readElement(StringBuilder out, boolean key, int[] span) throws MalformedDocumentException {
    boolean firstLineDone = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c) || (key && (c == '=' || c == ':' || isBlank(c)))) {
        break;
      }
      if (c == '\\' && i + 1 == text.length()) {
        i++; // a backslash at the very end continues onto nothing
        break;
      }
      if (c == '\\' && isLineBreak(text.charAt(i + 1))) {
        firstLineDone = span[0] >= 0;
        skipLine();
        skipBlanks();
        continue;
      }
      if (span[0] < 0) {
        span[0] = i;
      }
      if (c == '\\') {
        i = escape(out);
      } else {
        out.append(c);
        i++;
      }
      if (!firstLineDone) {
        span[1] = i;
      }
    }
    while (span[1] > span[0] && isBlank(text.charAt(span[1] - 1))) {
      span[1]--;
    }
  }

  /** Reads the escape at {@code i} (a backslash) into {@code out}; returns the offset after it. */
  private int escape(StringBuilder out) throws MalformedDocumentException {
    char e = text.charAt(i + 1);
    switch (e) {
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      case 'u' -> {
        if (i + 6 > text.length()) {
          throw new MalformedDocumentException("malformed \\uxxxx escape at offset " + i);
        }
        try {
          out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        } catch (NumberFormatException ex) {
          throw new MalformedDocumentException("malformed \\uxxxx escape at offset " + i, ex);
        }
        return i + 6;
      }
      default -> out.append(e);
    }
    return i + 2;
  }

  /** After a key: blanks, then at most one {@code =} or {@code :}, then blanks. */
  private void separator() {
    skipBlanks();
    if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
      i++;
      skipBlanks();
    }
  }

  private void skipBlanks() {
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
  }

  /** Moves past the end of the current natural line (LF, CR or CR LF). */
  private void skipLine() {
    while (i < text.length() && !isLineBreak(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}

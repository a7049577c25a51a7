package dev.keyward.core.structured;

/** Line and column (1-based, chars) of an offset, for asserting where parsers place values. */
final class Texts {
  private Texts() {}

  static String at(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (offset - lineStart + 1);
  }

  /** {@code path=value@line:column[written]} for each value: what the assertions compare. */
  static String describe(String text, java.util.List<ConfigValue> values) {
    StringBuilder sb = new StringBuilder();
    for (ConfigValue v : values) {
      sb.append(String.join(".", v.path())).append('=').append(v.value()).append('@').append(at(text, v.start()))
          .append('[').append(text, v.start(), v.end()).append("]\n");
    }
    return sb.toString();
  }
}

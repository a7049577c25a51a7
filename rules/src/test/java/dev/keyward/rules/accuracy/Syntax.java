package dev.keyward.rules.accuracy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Escaping, quoting and indenting shared by the formats; all keep the mark in place. */
final class Syntax {
  private Syntax() {}

  /** A C-family or JSON string body: backslash, quote and control characters escaped. */
  static String cString(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code v} escaped with {@code escape} between {@code quote}s. */
  static Marked quoted(Marked v, UnaryOperator<String> escape, String quote) {
    return v.map(escape).wrap(quote, quote);
  }

  static Marked dq(Marked v) {
    return quoted(v, Syntax::cString, "\"");
  }

  /** Every line of {@code block} indented by {@code pad}. */
  static Marked indent(Marked block, String pad) {
    return block.map(s -> s.replace("\n", "\n" + pad)).wrap(pad, "");
  }

  /** {@code before}, the value, {@code after}: one entry. */
  static Optional<Marked> line(String before, Marked v, String after) {
    return Optional.of(v.wrap(before, after));
  }

  /** A reference entry: all of it is the negative. */
  static Optional<Marked> ref(String text) {
    return Optional.of(Marked.whole(text));
  }

  static <T> T pick(Random r, List<T> choices) {
    return choices.get(r.nextInt(choices.size()));
  }

  /** Whether the text is safe as a plain (unquoted) YAML or env value. */
  static boolean plainSafe(String s) {
    return s.matches("[A-Za-z0-9_/.+-][A-Za-z0-9_/.+=@:?&%-]*") && !s.contains(": ") && !s.endsWith(":");
  }
}

package dev.keyward.rules.accuracy;

import java.util.function.UnaryOperator;

/**
 * Text with one marked range: the planted secret (or, for a hard negative, the value that must not
 * be reported). Transformations apply to the parts before, inside and after the mark separately, so
 * the mark follows the text through escaping and indentation. {@link #toString()} shows no text.
 */
record Marked(String text, int start, int end) {
  Marked {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("mark " + start + ".." + end + " outside " + text.length() + " chars");
    }
  }

  static Marked of(String before, String inside, String after) {
    return new Marked(before + inside + after, before.length(), before.length() + inside.length());
  }

  /** All of {@code text} marked. */
  static Marked whole(String text) {
    return new Marked(text, 0, text.length());
  }

  String before() {
    return text.substring(0, start);
  }

  String inside() {
    return text.substring(start, end);
  }

  String after() {
    return text.substring(end);
  }

  boolean multiLine() {
    return text.indexOf('\n') >= 0;
  }

  /** Applies {@code f} to each part. */
  Marked map(UnaryOperator<String> f) {
    return of(f.apply(before()), f.apply(inside()), f.apply(after()));
  }

  Marked wrap(String prefix, String suffix) {
    return of(prefix + before(), inside(), after() + suffix);
  }

  /** The same text with all of it marked. */
  Marked markAll() {
    return whole(text);
  }

  @Override
  public String toString() {
    return "Marked[" + text.length() + " chars, mark " + start + ".." + end + "]";
  }
}

package dev.keyward.core.structured;

import dev.keyward.core.rule.KeyPath;
import java.util.List;

/** Turns keys as written into normalized key-path segments. */
final class KeySegments {
  /** Values nested deeper than this are not read: no configuration key is this deep. */
  static final int MAX_DEPTH = 64;

  private KeySegments() {}

  /** Appends the segments of one key ({@code spring.datasource.password} is three). */
  static void add(String key, List<String> into) {
    int from = 0;
    for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', from)) {
      addOne(key.substring(from, dot), into);
      from = dot + 1;
    }
    addOne(key.substring(from), into);
  }

  /** A list item's segment. */
  static String index(int i) {
    return "[" + i + "]";
  }

  /** {@code name[0]} is two segments, as in Spring's {@code servers[0].password}. */
  private static void addOne(String segment, List<String> into) {
    int bracket = segment.indexOf('[');
    if (bracket > 0 && segment.endsWith("]")) {
      into.add(KeyPath.normalize(segment.substring(0, bracket)));
      into.add(segment.substring(bracket));
    } else {
      into.add(KeyPath.normalize(segment));
    }
  }
}

package dev.keyward.core.engine;

import dev.keyward.core.engine.PrefilterTranslator.Unsupported;
import java.util.regex.Pattern;

/** Lexical pieces of {@code java.util.regex} syntax, for the {@link PrefilterTranslator}. */
final class JavaRegexSyntax {
  private JavaRegexSyntax() {}

  /** Reads a quantifier and its lazy/possessive marker: {min, max (-1 for no bound), index after it}. */
  static long[] quantifier(String src, int at) throws Unsupported {
    int pos = at;
    char c = src.charAt(pos++);
    long[] bounds = switch (c) {
      case '?' -> new long[] {0, 1};
      case '*' -> new long[] {0, -1};
      case '+' -> new long[] {1, -1};
      default -> braces(src, pos);
    };
    pos = c == '{' ? src.indexOf('}', pos) + 1 : pos;
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
      pos++;
    }
    return new long[] {bounds[0], bounds[1], pos};
  }

  private static long[] braces(String src, int pos) throws Unsupported {
    int close = src.indexOf('}', pos);
    if (close < 0) {
      throw new Unsupported("unclosed repetition at index " + pos);
    }
    String[] parts = src.substring(pos, close).split(",", -1);
    try {
      long min = Long.parseLong(parts[0].strip());
      long max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Long.parseLong(parts[1].strip());
      return new long[] {min, max};
    } catch (NumberFormatException e) {
      throw new Unsupported("bad repetition at index " + pos);
    }
  }

  static int flagBit(char letter) throws Unsupported {
    return switch (letter) {
      case 'i' -> Pattern.CASE_INSENSITIVE;
      case 'd' -> Pattern.UNIX_LINES;
      case 'm' -> Pattern.MULTILINE;
      case 's' -> Pattern.DOTALL;
      case 'u' -> Pattern.UNICODE_CASE;
      case 'x' -> Pattern.COMMENTS;
      case 'U' -> Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
      default -> throw new Unsupported("flag '" + letter + "' is not translated");
    };
  }

  /**
   * Where an escape standing for one character or class ends, given the index of its letter:
   * octal (backslash 0oo), hex (xhh or x{h..}), uhhhh, cX, N{name}, p{..} or pL; else the letter alone.
   */
  static int escapeEnd(String src, int letterAt, char e) throws Unsupported {
    int i = letterAt + 1;
    switch (e) {
      case '0':
        int digits = i < src.length() && src.charAt(i) <= '3' ? 3 : 2;
        while (digits-- > 0 && i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '7') {
          i++;
        }
        return i;
      case 'x':
        return src.startsWith("{", i) ? braceEnd(src, i) : Math.min(src.length(), i + 2);
      case 'u':
        return Math.min(src.length(), i + 4);
      case 'c':
        return Math.min(src.length(), i + 1);
      case 'N':
        return braceEnd(src, i);
      case 'p':
      case 'P':
        return src.startsWith("{", i) ? braceEnd(src, i) : Math.min(src.length(), i + 1);
      default:
        return i;
    }
  }

  private static int braceEnd(String src, int open) throws Unsupported {
    int close = src.indexOf('}', open);
    if (close < 0) {
      throw new Unsupported("unclosed escape at index " + open);
    }
    return close + 1;
  }

  /** Past the white space and {@code #} comments at {@code pos}, in comments mode ({@code (?x)}). */
  static int skipComments(String src, int at, int flags) {
    int pos = at;
    if ((flags & Pattern.COMMENTS) == 0) {
      return pos;
    }
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && !isLineTerminator(src.charAt(pos), flags)) {
          pos++;
        }
      } else {
        return pos;
      }
    }
    return pos;
  }

  private static boolean isLineTerminator(char c, int flags) {
    if ((flags & Pattern.UNIX_LINES) != 0) {
      return c == '\n';
    }
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}

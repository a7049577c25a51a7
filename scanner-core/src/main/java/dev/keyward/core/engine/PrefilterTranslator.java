package dev.keyward.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a {@code java.util.regex} pattern into a Hyperscan pattern that matches at least every
 * string the Java pattern matches in Latin-1 text (a prefilter: Java confirms each candidate), and
 * works out the longest text a Java match can consume.
 *
 * <ul>
 *   <li>A branch of a leading alternation that consumes nothing but a positive lookahead (as in
 *       {@code (?:(?=tok_)|name=)secret}) is searched for by its lookahead: the secret after it may
 *       have no literal at all, and its match then ends at most {@link Expression#lookahead()}
 *       characters after where the Java match starts.
 *   <li>Every one-character construct (literal, class, escape such as {@code \s} or {@code \p{L}}, dot,
 *       case-insensitive letter) becomes the exact set of Latin-1 characters Java matches with it (see
 *       {@link Latin1Set}), so differences between Java's and Hyperscan's classes cannot matter.
 *   <li>What Hyperscan lacks and cannot narrow a match is dropped: other lookarounds, anchors and word
 *       boundaries (Java's {@code ^}, {@code $} and {@code \b} know more line terminators and letters
 *       than Hyperscan's), inline flags (applied while translating), possessive and lazy markers.
 *   <li>Named and atomic groups become plain groups; a back-reference repeats its group's pattern;
 *       {@code \Q…\E} becomes literals; {@code \R} and {@code \X} their Latin-1 expansions.
 * </ul>
 * Dropping a constraint only widens what matches, so the translation stays a superset; the Java
 * regex remains the judge. Patterns that cannot be translated raise {@link Unsupported}.
 *
 * <p>Compiled databases are cached on disk by a hash of the rules' Java regexes, not of this
 * translation: a change here must bump {@code HyperscanCompiler.FORMAT}.
 */
final class PrefilterTranslator {
  /** A {@link Translation#maxLength()} for patterns without an upper bound. */
  static final long UNBOUNDED = Long.MAX_VALUE;
  private static final int FLAG_LETTERS_MASK = Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES | Pattern.MULTILINE
      | Pattern.DOTALL | Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS;
  /**
   * Bounds above this are loosened ({@code {n,m}} to {@code {n,}}, {@code {n}} to {@code {MAX,}}): large
   * counted repeats make Hyperscan's compile take seconds and add little to a prefilter.
   */
  static final long MAX_REPEAT = 64;
  private static final Piece EMPTY = new Piece("", 0, false);
  private static final Piece ANY = new Piece("[\\x00-\\xff]*", UNBOUNDED, false);

  /**
   * Hyperscan expressions whose union is the prefilter (a leading alternation is split into one
   * expression per branch: smaller expressions compile better, and Vectorscan 5.4.12 was seen to miss
   * a match of a pattern led by such an alternation); and the most characters a match of the original
   * Java pattern can span.
   */
  record Translation(List<Expression> expressions, long maxLength) {
    Translation {
      expressions = List.copyOf(expressions);
    }

    /** The expressions' Hyperscan patterns. */
    List<String> patterns() {
      return expressions.stream().map(Expression::pattern).toList();
    }

    /** The expressions as one pattern. */
    String pattern() {
      return String.join("|", patterns());
    }

    boolean bounded() {
      return maxLength != UNBOUNDED;
    }

    /** The longest {@link Expression#lookahead()} of the expressions (0 if none is a lookahead). */
    long lookahead() {
      return expressions.stream().mapToLong(Expression::lookahead).max().orElse(0);
    }
  }

  /**
   * One Hyperscan expression of a translation.
   *
   * @param lookahead 0 when a Java match ends where a match of {@code pattern} ends; otherwise
   *     {@code pattern} is a leading lookahead, whose match starts where the Java match starts, is at
   *     most this long and holds no line feed
   */
  record Expression(String pattern, long lookahead) {}

  /** The pattern uses something with no Latin-1 prefilter (e.g. a literal outside Latin-1). */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }

  /**
   * Translated text; {@code unit} when a quantifier can follow it without a group; {@code split}, when
   * not empty, alternatives whose union is this piece (from a leading alternation): text that what
   * follows the piece is appended to, or a lookahead that stands for the match from its start.
   */
  private record Piece(String hs, long max, boolean unit, List<Expression> split) {
    Piece(String hs, long max, boolean unit) {
      this(hs, max, unit, List.of());
    }
  }

  /** At most this many Hyperscan expressions per rule when a leading alternation is split. */
  private static final int MAX_SPLIT = 8;

  private final String src;
  private int pos;
  private int flags;
  /** Translations of capturing groups, by number - 1; null while the group is open. */
  private final List<Piece> groups = new ArrayList<>();
  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, Latin1Set> sets = new HashMap<>();
  /** Whether a construct translated so far can match a line feed (reset to check a lookahead's). */
  private boolean lineFeed;

  private PrefilterTranslator(String src, int flags) {
    this.src = src;
    this.flags = flags;
  }

  static Translation translate(Pattern pattern) throws Unsupported {
    if ((pattern.flags() & (Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      throw new Unsupported("LITERAL and CANON_EQ patterns are not translated");
    }
    PrefilterTranslator t = new PrefilterTranslator(pattern.pattern(), pattern.flags());
    Piece piece = t.alternation();
    if (t.pos < t.src.length()) {
      throw new Unsupported("unexpected '" + t.src.charAt(t.pos) + "' at index " + t.pos);
    }
    if (piece.hs().isEmpty()) {
      throw new Unsupported("the pattern consumes nothing");
    }
    List<Expression> expressions = piece.split().isEmpty() || piece.split().size() > MAX_SPLIT
        ? List.of(new Expression(piece.hs(), 0)) : piece.split().stream().filter(x -> !x.pattern().isEmpty()).toList();
    return new Translation(expressions, piece.max());
  }

  private Piece alternation() throws Unsupported {
    List<Piece> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    long max = 0;
    List<Expression> split = new ArrayList<>();
    for (Piece b : branches) {
      max = Math.max(max, b.max());
      split.addAll(b.split().isEmpty() ? List.of(new Expression(b.hs(), 0)) : b.split());
    }
    return new Piece(String.join("|", branches.stream().map(Piece::hs).toList()), max, false, split);
  }

  private Piece sequence() throws Unsupported {
    StringBuilder sb = new StringBuilder();
    long max = 0;
    int parts = 0;
    boolean unit = false;
    List<Expression> leading = List.of();
    List<Expression> lookaheads = List.of();
    int firstLength = 0;
    while (true) {
      skipComments();
      if (pos >= src.length() || src.charAt(pos) == '|' || src.charAt(pos) == ')') {
        break;
      }
      Piece p = quantified();
      if (!p.hs().isEmpty()) {
        if (parts == 0) {
          leading = p.split();
          firstLength = p.hs().length();
        }
        sb.append(p.hs());
        parts++;
        unit = p.unit();
      } else if (parts == 0 && lookaheads.isEmpty()) {
        lookaheads = p.split(); // a lookahead before anything consumed (or none: empty)
      }
      max = add(max, p.max());
    }
    String hs = sb.toString();
    if (parts == 0) {
      return new Piece(hs, max, false, lookaheads);
    }
    String rest = leading.isEmpty() ? "" : hs.substring(firstLength);
    return new Piece(hs, max, parts == 1 && unit, leading.stream()
        .map(b -> b.lookahead() > 0 ? b : new Expression(b.pattern() + rest, 0)).toList());
  }

  private Piece quantified() throws Unsupported {
    Piece atom = atom();
    skipComments();
    if (!atQuantifier()) {
      return atom;
    }
    long[] bounds = JavaRegexSyntax.quantifier(src, pos);
    pos = (int) bounds[2];
    skipComments();
    if (atQuantifier()) {
      throw new Unsupported("stacked quantifiers at index " + pos);
    }
    if (atom.hs().isEmpty() || bounds[1] == 0) {
      return EMPTY;
    }
    String base = atom.unit() ? atom.hs() : "(?:" + atom.hs() + ")";
    long length = bounds[1] < 0 ? (atom.max() == 0 ? 0 : UNBOUNDED) : multiply(atom.max(), bounds[1]);
    long min = Math.min(bounds[0], MAX_REPEAT);
    long max = bounds[1] > MAX_REPEAT ? -1 : bounds[1];
    String q = max < 0 ? (min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}")
        : min == max ? "{" + min + "}" : min == 0 && max == 1 ? "?" : "{" + min + "," + max + "}";
    return new Piece(base + q, length, false);
  }

  private void skipComments() {
    pos = JavaRegexSyntax.skipComments(src, pos, flags);
  }

  private boolean atQuantifier() {
    if (pos >= src.length()) {
      return false;
    }
    char c = src.charAt(pos);
    return c == '?' || c == '*' || c == '+' || c == '{';
  }

  private Piece atom() throws Unsupported {
    char c = src.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '.':
        pos++;
        return set(".");
      case '^':
      case '$':
        pos++;
        return EMPTY;
      case '\\':
        return escape();
      default:
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return literal(cp);
    }
  }

  private Piece literal(int cp) throws Unsupported {
    if (cp > 0xFF) {
      throw new Unsupported("literal U+" + Integer.toHexString(cp) + " is outside Latin-1");
    }
    if ((flags & Pattern.CASE_INSENSITIVE) != 0 && Character.isLetter(cp)) {
      return set(Pattern.quote(String.valueOf((char) cp)));
    }
    lineFeed |= cp == '\n';
    return new Piece(Latin1Set.literal(cp), 1, true);
  }

  /** The exact Latin-1 set of a one-character construct under the current flags. */
  private Piece set(String fragment) throws Unsupported {
    int f = flags & FLAG_LETTERS_MASK;
    Latin1Set set = sets.computeIfAbsent(f + ":" + fragment, k -> Latin1Set.of(fragment, f));
    if (set.isEmpty()) {
      throw new Unsupported("'" + fragment + "' matches no Latin-1 character");
    }
    lineFeed |= set.contains('\n');
    return new Piece(set.toHyperscan(), 1, true);
  }

  private Piece charClass() throws Unsupported {
    int start = pos;
    for (int close = src.indexOf(']', start + 1); close > 0; close = src.indexOf(']', close + 1)) {
      String candidate = src.substring(start, close + 1);
      try {
        Pattern.compile(candidate, flags & FLAG_LETTERS_MASK);
      } catch (PatternSyntaxException e) {
        continue;
      }
      pos = close + 1;
      return set(candidate);
    }
    throw new Unsupported("unclosed character class at index " + start);
  }

  private Piece group() throws Unsupported {
    pos++;
    int saved = flags;
    Piece piece = groupBody();
    if (piece != null) {
      flags = saved;
      return piece;
    }
    return EMPTY;
  }

  /** The group at the cursor (after its '('), or null for a bare {@code (?flags)} that stays in force. */
  private Piece groupBody() throws Unsupported {
    if (!src.startsWith("?", pos)) {
      return capturing(null);
    }
    pos++;
    char c = pos < src.length() ? src.charAt(pos) : ')';
    if (c == ':' || c == '>') {
      pos++;
      return wrap(alternation());
    }
    if (c == '=') {
      pos++;
      return lookahead();
    }
    if (c == '!' || src.startsWith("<=", pos) || src.startsWith("<!", pos)) {
      pos += c == '<' ? 2 : 1;
      alternation();
      close();
      return EMPTY;
    }
    if (c == '<') {
      int end = src.indexOf('>', pos);
      if (end < 0) {
        throw new Unsupported("unclosed group name at index " + pos);
      }
      String name = src.substring(pos + 1, end);
      pos = end + 1;
      return capturing(name);
    }
    flags = flagLetters();
    if (src.charAt(pos++) == ')') {
      return null;
    }
    return wrap(alternation());
  }

  /**
   * A positive lookahead (after its {@code (?=}): consumes nothing, but offers its body as the
   * expression to search for when nothing is consumed before it (see {@link #sequence()}), if the body
   * is bounded, consumes something and cannot match a line feed (a region is clipped to the line of a
   * match end).
   */
  private Piece lookahead() throws Unsupported {
    boolean before = lineFeed;
    lineFeed = false;
    Piece body = alternation();
    close();
    boolean usable = !lineFeed && !body.hs().isEmpty() && body.max() != UNBOUNDED && body.split().stream()
        .allMatch(x -> x.lookahead() == 0);
    lineFeed |= before;
    return usable ? new Piece("", 0, false, List.of(new Expression(body.hs(), body.max()))) : EMPTY;
  }

  /** Reads inline flags such as {@code i-s} up to the ')' or ':' that ends them. */
  private int flagLetters() throws Unsupported {
    boolean on = true;
    int f = flags;
    while (pos < src.length() && src.charAt(pos) != ')' && src.charAt(pos) != ':') {
      char letter = src.charAt(pos++);
      if (letter == '-') {
        on = false;
        continue;
      }
      int bit = JavaRegexSyntax.flagBit(letter);
      f = on ? f | bit : f & ~bit;
    }
    if (pos >= src.length()) {
      throw new Unsupported("unclosed flag group");
    }
    return f;
  }

  private Piece capturing(String name) throws Unsupported {
    int number = groups.size() + 1;
    groups.add(null);
    if (name != null) {
      names.put(name, number);
    }
    Piece inner = wrap(alternation());
    groups.set(number - 1, inner);
    return inner;
  }

  /** Closes a group: {@code (?:inner)}, or nothing when the group consumes nothing. */
  private Piece wrap(Piece inner) throws Unsupported {
    close();
    if (inner.hs().isEmpty()) {
      return inner.split().isEmpty() ? EMPTY : new Piece("", 0, false, inner.split()); // a lookahead
    }
    return new Piece("(?:" + inner.hs() + ")", inner.max(), true, inner.split());
  }

  private void close() throws Unsupported {
    if (pos >= src.length() || src.charAt(pos) != ')') {
      throw new Unsupported("unclosed group");
    }
    pos++;
  }

  private Piece escape() throws Unsupported {
    int start = pos++;
    if (pos >= src.length()) {
      throw new Unsupported("trailing backslash");
    }
    char e = src.charAt(pos++);
    switch (e) {
      case 'b':
        if (src.startsWith("{g}", pos)) {
          pos += 3;
        }
        return EMPTY;
      case 'B': case 'A': case 'G': case 'Z': case 'z':
        return EMPTY;
      case 'R':
        lineFeed = true;
        return new Piece("(?:\\x0d\\x0a|[\\x0a-\\x0d\\x85])", 2, true);
      case 'X':
        lineFeed = true;
        return new Piece("(?:\\x0d\\x0a|[\\x00-\\xff])", 2, true);
      case 'Q':
        return quoted();
      case 'k':
        return namedBackReference();
      default:
        if (e >= '1' && e <= '9') {
          return backReference(e - '0');
        }
        pos = JavaRegexSyntax.escapeEnd(src, start + 1, e);
        return set(src.substring(start, pos));
    }
  }

  private Piece quoted() throws Unsupported {
    int end = src.indexOf("\\E", pos);
    String text = src.substring(pos, end < 0 ? src.length() : end);
    pos = end < 0 ? src.length() : end + 2;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      sb.append(literal(cp).hs());
      i += Character.charCount(cp);
    }
    return new Piece(sb.toString(), text.codePointCount(0, text.length()), text.length() == 1);
  }

  private Piece namedBackReference() throws Unsupported {
    int end = src.indexOf('>', pos);
    if (!src.startsWith("<", pos) || end < 0) {
      throw new Unsupported("bad named back-reference at index " + pos);
    }
    Integer number = names.get(src.substring(pos + 1, end));
    pos = end + 1;
    lineFeed = true;
    return number == null ? ANY : repeatOf(number);
  }

  /** Java reads further digits while they still name an existing group. */
  private Piece backReference(int first) {
    int number = first;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))
        && number * 10 + (src.charAt(pos) - '0') <= groups.size()) {
      number = number * 10 + (src.charAt(pos++) - '0');
    }
    return repeatOf(number);
  }

  /** What a back-reference matches is text its group matched: the group's pattern is a superset. */
  private Piece repeatOf(int number) {
    lineFeed = true; // what the group matched may hold one
    Piece body = number <= groups.size() ? groups.get(number - 1) : null;
    return body == null ? ANY : body;
  }

  private static long add(long a, long b) {
    return a == UNBOUNDED || b == UNBOUNDED || a + b < 0 ? UNBOUNDED : a + b;
  }

  private static long multiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a == UNBOUNDED || b == UNBOUNDED || a > UNBOUNDED / b ? UNBOUNDED : a * b;
  }
}

package dev.keyward.core.suppress;

import dev.keyward.core.finding.Finding;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code keyward:allow} comments. A finding is suppressed when its first line, or the line above,
 * holds the marker in a comment: after a comment opener ({@code //}, {@code #}, {@code /*},
 * {@code <!--}, {@code --}, {@code ;}, {@code !}, {@code %}, {@code REM}, {@code ::}) or
 * at the start of a line inside a block comment ({@code * keyward:allow}). On the finding's own line
 * the marker must lie outside the secret.
 *
 * <p>{@code keyward:allow} alone allows every rule; {@code keyward:allow some-rule-id reason text}
 * allows only that rule when the first word is a rule id the scan knows; otherwise all the text
 * after the marker is the reason. Closing comment tokens ({@code *}{@code /}, {@code -->}) are
 * dropped from the reason.
 *
 * <p>Cheap: content without the marker is never split into lines, and lines are located only for
 * findings.
 */
public final class InlineAllow {
  public static final String MARKER = "keyward:allow";

  private static final Pattern COMMENT_BEFORE = Pattern.compile(
      "(?://|#|/\\*|<!--|--|;|!|%|::|(?i:\\brem\\b)|^\\s*\\*)");
  private static final Pattern AFTER_MARKER = Pattern.compile("(?:[ \\t]+(\\S+))?(.*)");
  private static final Pattern CLOSER = Pattern.compile("\\s*(?:\\*/|-->)\\s*$");

  private final String text;
  private final Set<String> ruleIds;

  private InlineAllow(String text, Set<String> ruleIds) {
    this.text = text;
    this.ruleIds = Set.copyOf(ruleIds);
  }

  /**
   * The inline allows of one piece of content, or empty when it holds no marker at all.
   *
   * @param ruleIds the ids of the rules that ran, to tell {@code keyward:allow rule-id} from a reason
   */
  public static Optional<InlineAllow> of(String text, Set<String> ruleIds) {
    return text.contains(MARKER) ? Optional.of(new InlineAllow(text, ruleIds)) : Optional.empty();
  }

  /** The suppression of {@code finding}, if its line or the line above allows its rule. */
  public Optional<Suppression> check(Finding finding) {
    int line = finding.span().line();
    int start = lineStart(line);
    if (start < 0) {
      return Optional.empty();
    }
    int secretFrom = finding.span().column() - 1;
    int secretTo = finding.span().endLine() == line ? finding.span().endColumn() - 1 : Integer.MAX_VALUE;
    Optional<Suppression> here = allows(lineAt(start), finding.ruleId(), secretFrom, secretTo);
    if (here.isPresent() || line == 1) {
      return here;
    }
    return allows(lineAt(lineStart(line - 1)), finding.ruleId(), -1, -1);
  }

  /** The marker on {@code line} outside {@code [from, to)}, in a comment, allowing {@code ruleId}. */
  private Optional<Suppression> allows(String line, String ruleId, int from, int to) {
    for (int at = line.indexOf(MARKER); at >= 0; at = line.indexOf(MARKER, at + 1)) {
      boolean insideSecret = at + MARKER.length() > from && at < to;
      if (insideSecret || !COMMENT_BEFORE.matcher(line.substring(0, at)).find()) {
        continue;
      }
      int end = at + MARKER.length();
      if (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
        continue; // keyward:allowed, keyward:allow-list: not the marker
      }
      Matcher rest = AFTER_MARKER.matcher(line.substring(end));
      rest.matches();
      String word = rest.group(1) == null ? "" : rest.group(1);
      if (ruleIds.contains(word)) {
        if (word.equals(ruleId)) {
          return Optional.of(new Suppression(Suppression.Kind.INLINE, reason(rest.group(2))));
        }
        continue;
      }
      return Optional.of(new Suppression(Suppression.Kind.INLINE, reason(word + rest.group(2))));
    }
    return Optional.empty();
  }

  private static String reason(String text) {
    return CLOSER.matcher(text).replaceAll("").strip();
  }

  /** Offset of the first char of 1-based {@code line}, or -1 past the end. */
  private int lineStart(int line) {
    int at = 0;
    for (int n = 1; n < line; n++) {
      at = text.indexOf('\n', at);
      if (at < 0) {
        return -1;
      }
      at++;
    }
    return at;
  }

  private String lineAt(int start) {
    int end = text.indexOf('\n', start);
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}

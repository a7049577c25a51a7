package dev.keyward.rules.accuracy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a one-line rule example says, as a variable name and a value: {@code ANTHROPIC_API_KEY=«k»}
 * gives {@code ANTHROPIC_API_KEY} and {@code k}; {@code REPO_URL=https://u:«p»@h/r.git} gives the
 * whole URL with the password marked; {@code Authorization: Bearer «t»} keeps the scheme in the value.
 * An XML element's value is named after the element ({@code <sonar.login>«t»</sonar.login>}), a typed
 * declaration's after its variable ({@code val token: String = "«t»"}), an attribute pair's after its
 * name attribute ({@code <input name="api_token" value="«t»">}). An example without a usable name (a
 * CSV row, {@code git clone https://«t»@…}) is named after its rule.
 */
record Binding(Name name, Marked value) {
  private static final String LEFT_STOPS = " \t\"'`=,;(){}[]<>";
  private static final String RIGHT_STOPS = " \t\"'`,;(){}[]<>&";
  private static final String SEPARATORS = " \t\"':=>(";
  private static final Pattern SCHEME = Pattern.compile("(?i)(?<![-\\w])(bearer|token|basic) $");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.$-]+$");
  private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z][A-Za-z0-9_.-]{2,})>$");
  private static final Pattern TYPED =
      Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]{2,})(?::[ \t]*|[ \t]+)(?:String|string|str)[ \t]*=[ \t]*[\"'`]?$");
  /** The name attribute of an attribute pair whose value attribute ends the head: {@code name="x" value=}. */
  private static final Pattern ATTRIBUTE_PAIR = Pattern.compile("(?i)(?<![\\w-])(?:name|key|property)\\s*=\\s*[\"']"
      + "([^\"'<>]+)[\"'][^<>]*?(?<![\\w-])(?:value|content)\\s*=\\s*[\"']?$");

  static Binding of(Marked line, String ruleId) {
    String text = line.text();
    int from = line.start();
    while (from > 0 && LEFT_STOPS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = line.end();
    while (to < text.length() && RIGHT_STOPS.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    Matcher scheme = SCHEME.matcher(text.substring(0, from));
    if (scheme.find()) {
      from = scheme.start();
    }
    int[] token = connectionString(text, line);
    if (token.length == 2) {
      from = token[0];
      to = token[1];
    }
    Marked value = Marked.of(text.substring(from, line.start()), line.inside(), text.substring(line.end(), to));
    Name fallback = Name.parse(ruleId);
    return new Binding(nameBefore(text.substring(0, from)).orElse(value.text().contains("://") ? fallback.plus("url") : fallback), value);
  }

  /**
   * The quoted or space-delimited token around the secret if it is a {@code Key=Value;Key=Value}
   * connection string (kept whole: the secret alone would be a different, easier case), else nothing.
   */
  private static int[] connectionString(String text, Marked line) {
    int from = line.start();
    while (from > 0 && " \t\"'".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = line.end();
    while (to < text.length() && " \t\"'".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    String token = text.substring(from, to);
    boolean pairs = token.chars().filter(c -> c == '=').count() >= 2 && token.indexOf(';') > 0;
    return pairs ? new int[] {from, to} : new int[0];
  }

  /** The name an assignment gives the value that follows {@code head}, if {@code head} ends in one. */
  private static Optional<Name> nameBefore(String head) {
    Matcher pair = ATTRIBUTE_PAIR.matcher(head);
    if (pair.find() && Name.parses(pair.group(1))) {
      return Optional.of(Name.parse(pair.group(1)));
    }
    for (Pattern named : new Pattern[] {ELEMENT, TYPED}) {
      Matcher m = named.matcher(head);
      if (m.find()) {
        return Optional.of(Name.parse(m.group(1)));
      }
    }
    int i = head.length();
    boolean assigns = false;
    while (i > 0 && SEPARATORS.indexOf(head.charAt(i - 1)) >= 0) {
      char c = head.charAt(i - 1);
      assigns |= c == '=' || c == ':' || c == '(';
      i--;
    }
    Matcher m = NAME.matcher(head.substring(0, i));
    if (!m.find()) {
      return Optional.empty();
    }
    String raw = m.group();
    boolean flag = raw.startsWith("--");
    String bare = raw.replaceAll("^[-$.]+", "");
    if (!(assigns || flag) || bare.length() < 3 || !Name.parses(bare)) {
      return Optional.empty();
    }
    return Optional.of(Name.parse(bare));
  }
}

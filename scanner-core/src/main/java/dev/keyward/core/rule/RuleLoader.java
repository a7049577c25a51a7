package dev.keyward.core.rule;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.rule.validator.Validator;
import dev.keyward.core.rule.validator.Validators;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads rule files ({@code rules:} lists in YAML) into validated {@link Rule}s. Every problem is a
 * {@link ConfigException} naming the file and the line of the rule.
 */
public final class RuleLoader {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final int MIN_KEYWORD_LENGTH = 3;
  private static final int MAX_WINDOW = 1 << 16;

  private RuleLoader() {}

  /** Reads a rule-pack file: a mapping with the single key {@code rules}. */
  public static List<Rule> read(Reader reader, String source) throws ConfigException {
    List<Rule> rules = new ArrayList<>();
    readFile(reader, source, (rule, spec, line) -> rules.add(rule));
    return rules;
  }

  public static List<Rule> read(String yaml, String source) throws ConfigException {
    return read(new StringReader(yaml), source);
  }

  /** A rule as written, before validation: its fields, its file and the line it starts on. */
  record Written(RuleSpec spec, String source, int line) {
    Rule compile() throws ConfigException {
      return RuleLoader.compile(spec, source, line);
    }
  }

  /**
   * The rules of a rule-pack file as written, each checked as {@link #read} checks it (so the file's
   * every problem is found here), for {@link CompiledPack}, which stores them.
   */
  static List<Written> readWritten(Reader reader, String source) throws ConfigException {
    List<Written> rules = new ArrayList<>();
    readFile(reader, source, (rule, spec, line) -> rules.add(new Written(spec, source, line)));
    return rules;
  }

  private static void readFile(Reader reader, String source, RuleHandler handler) throws ConfigException {
    YamlDocument.read(reader, source, (key, cursor) -> {
      if (!key.equals("rules")) {
        throw YamlDocument.unknownKey(cursor, key, List.of("rules"));
      }
      readRules(cursor, handler);
    });
  }

  /** Reads the list under a {@code rules} key, checking that ids are unique within it. */
  public static void readRules(YamlDocument.Cursor cursor, List<Rule> into)
      throws java.io.IOException, ConfigException {
    readRules(cursor, (rule, spec, line) -> into.add(rule));
  }

  private interface RuleHandler {
    void rule(Rule rule, RuleSpec spec, int line);
  }

  private static void readRules(YamlDocument.Cursor cursor, RuleHandler handler)
      throws java.io.IOException, ConfigException {
    Map<String, Integer> seen = new HashMap<>();
    cursor.readEach(RuleSpec.class, (spec, line) -> {
      Rule rule = compile(spec, cursor.source(), line);
      Integer earlier = seen.putIfAbsent(rule.id(), line);
      if (earlier != null) {
        throw cursor.error(line, "rule '" + rule.id() + "' is already defined at line " + earlier);
      }
      handler.rule(rule, spec, line);
    });
  }

  static Rule compile(RuleSpec spec, String source, int line) throws ConfigException {
    String id = spec.id;
    if (id == null || !RULE_ID.matcher(id).matches()) {
      throw new ConfigException(source, line, 0,
          "rule id '" + id + "' must be kebab-case (lower-case letters, digits and '-')");
    }
    Problems problems = new Problems(source, line, id);
    Rule.Builder b = new Rule.Builder();
    b.id = id;
    b.title = problems.require(spec.title, "title");
    b.description = spec.description == null ? b.title : spec.description.strip();
    b.severity = severity(spec.severity, problems);
    if (StructuredFields.isStructured(spec)) {
      StructuredFields.apply(spec, b, problems);
    } else {
      b.keywords = keywords(spec.keywords, problems);
      b.pattern = pattern(spec.regex, problems);
    }
    b.minEntropy = entropy(spec.entropy, problems);
    b.validator = validator(spec.validator, problems);
    b.window = window(spec.window, problems);
    b.multiline = Boolean.TRUE.equals(spec.multiline);
    b.catchAll = Boolean.TRUE.equals(spec.catchAll);
    b.supersedes = supersedes(spec.supersedes, id, problems);
    b.allowlist = allowlist(spec.allowlist, problems);
    if (!b.allowlist.fingerprints().isEmpty()) {
      throw problems.fail("allowlist fingerprints belong in the top-level allowlist of .keyward.yaml, not in a rule");
    }
    b.references = orEmpty(spec.references);
    b.companionFiles = StructuredFields.globs(spec.companionFiles, "companion-files", problems);
    b.examples = StructuredFields.examples(spec.examples, "example", problems);
    b.negatives = StructuredFields.examples(spec.negatives, "negative", problems);
    StructuredFields.checkExampleFiles(b, problems);
    b.definedIn = source;
    return new Rule(b);
  }

  /** Reads an allowlist mapping at the cursor (e.g. the top-level {@code allowlist:} of a config). */
  public static Allowlist readAllowlist(YamlDocument.Cursor cursor, String owner)
      throws java.io.IOException, ConfigException {
    int line = cursor.line();
    return allowlist(cursor.read(AllowlistSpec.class), new Problems(cursor.source(), line, owner));
  }

  private static Allowlist allowlist(AllowlistSpec spec, Problems problems) throws ConfigException {
    if (spec == null) {
      return Allowlist.empty();
    }
    List<Pattern> regexes = new ArrayList<>();
    for (String regex : orEmpty(spec.regexes)) {
      regexes.add(compilePattern(regex, "allowlist regex", problems));
    }
    for (String glob : orEmpty(spec.paths)) {
      if (glob.isBlank()) {
        throw problems.fail("allowlist paths must not be blank");
      }
    }
    for (String stopword : orEmpty(spec.stopwords)) {
      if (stopword.isBlank()) {
        throw problems.fail("allowlist stopwords must not be blank");
      }
    }
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (String fingerprint : orEmpty(spec.fingerprints)) {
      if (!fingerprint.matches("[0-9a-f]{32}")) {
        throw problems.fail("allowlist fingerprint '" + fingerprint + "' is not 32 lower-case hex digits "
            + "(copy it from a report)");
      }
      fingerprints.add(new Fingerprint(fingerprint));
    }
    return new Allowlist(orEmpty(spec.stopwords), regexes, orEmpty(spec.paths), fingerprints);
  }

  private static Severity severity(String value, Problems problems) throws ConfigException {
    try {
      return Severity.fromName(problems.require(value, "severity"));
    } catch (IllegalArgumentException e) {
      throw problems.fail(e.getMessage());
    }
  }

  private static List<String> keywords(List<String> keywords, Problems problems) throws ConfigException {
    if (keywords == null || keywords.isEmpty()) {
      throw problems.fail("needs at least one keyword: a literal that occurs wherever the rule matches");
    }
    List<String> lower = new ArrayList<>();
    for (String k : keywords) {
      if (k == null || k.length() < MIN_KEYWORD_LENGTH || !k.strip().equals(k)
          || !k.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw problems.fail("keyword '" + k + "' must be printable ASCII, at least " + MIN_KEYWORD_LENGTH
            + " characters, without leading or trailing spaces");
      }
      lower.add(k.toLowerCase(java.util.Locale.ROOT));
    }
    return lower.stream().distinct().sorted().toList();
  }

  static Pattern pattern(String regex, Problems problems) throws ConfigException {
    Pattern pattern = compilePattern(problems.require(regex, "regex"), "regex", problems);
    if (!regex.contains("(?<secret>")) {
      throw problems.fail("regex needs a named group (?<secret>...) around the secret");
    }
    return pattern;
  }

  static Pattern compilePattern(String regex, String what, Problems problems) throws ConfigException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw problems.fail(what + " does not compile: " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  /** Rule ids this rule's finding replaces where their secrets overlap (kebab-case; need not exist). */
  private static List<String> supersedes(List<String> ids, String self, Problems problems) throws ConfigException {
    for (String other : orEmpty(ids)) {
      if (other == null || !RULE_ID.matcher(other).matches() || other.equals(self)) {
        throw problems.fail("supersedes: '" + other + "' is not another rule's id (kebab-case)");
      }
    }
    return orEmpty(ids);
  }

  private static double entropy(Double entropy, Problems problems) throws ConfigException {
    if (entropy == null) {
      return 0;
    }
    if (entropy < 0 || entropy > 8) {
      throw problems.fail("entropy is in bits per character, between 0 and 8; was " + entropy);
    }
    return entropy;
  }

  private static Validator validator(String name, Problems problems) throws ConfigException {
    if (name == null) {
      return null;
    }
    return Validators.byName(name).orElseThrow(() -> problems.fail(
        "unknown validator '" + name + "' (known: " + String.join(", ", Validators.names()) + ")"));
  }

  private static int window(Integer window, Problems problems) throws ConfigException {
    if (window == null) {
      return Rule.DEFAULT_WINDOW;
    }
    if (window < 16 || window > MAX_WINDOW) {
      throw problems.fail("window must be between 16 and " + MAX_WINDOW + "; was " + window);
    }
    return window;
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Builds errors for one rule. */
  record Problems(String source, int line, String id) {
    ConfigException fail(String problem) {
      String owner = id.equals("allowlist") ? "" : "rule '" + id + "': ";
      return new ConfigException(source, line, 0, owner + problem);
    }

    String require(String value, String key) throws ConfigException {
      if (value == null || value.isBlank()) {
        throw fail("missing '" + key + "'");
      }
      return value.strip();
    }
  }
}

package dev.keyward.core.rule;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.Severity;
import dev.keyward.core.rule.validator.Validator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** A validated, compiled rule. Built only by {@link RuleLoader}; immutable and thread-safe. */
public final class Rule {
  /** Characters examined on each side of a keyword hit unless the rule says otherwise. */
  public static final int DEFAULT_WINDOW = 512;

  /** The pattern of a structured rule without a value regex: the whole value is the secret. */
  static final Pattern ANY_VALUE = Pattern.compile("(?s)(?<secret>.+)");

  private final String id;
  private final String title;
  private final String description;
  private final Severity severity;
  private final List<String> keywords;
  private final Pattern pattern;
  private final double minEntropy;
  private final Validator validator;
  private final int window;
  private final boolean multiline;
  private final boolean catchAll;
  private final Allowlist allowlist;
  private final List<String> references;
  private final List<Example> examples;
  private final List<Example> negatives;
  private final String definedIn;
  private final FileGlobs files;
  private final List<KeyPath> keyPaths;
  private final Pattern valuePattern;
  private final FileGlobs companionFiles;

  Rule(Builder b) {
    this.id = requireNonNull(b.id, "id");
    this.title = requireNonNull(b.title, "title");
    this.description = requireNonNull(b.description, "description");
    this.severity = requireNonNull(b.severity, "severity");
    this.keywords = List.copyOf(b.keywords);
    this.pattern = requireNonNull(b.pattern, "pattern");
    this.minEntropy = b.minEntropy;
    this.validator = b.validator;
    this.window = b.window;
    this.multiline = b.multiline;
    this.catchAll = b.catchAll;
    this.allowlist = requireNonNull(b.allowlist, "allowlist");
    this.references = List.copyOf(b.references);
    this.examples = List.copyOf(b.examples);
    this.negatives = List.copyOf(b.negatives);
    this.definedIn = requireNonNull(b.definedIn, "definedIn");
    this.files = requireNonNull(b.files, "files");
    this.keyPaths = List.copyOf(b.keyPaths);
    this.valuePattern = b.valuePattern;
    this.companionFiles = requireNonNull(b.companionFiles, "companionFiles");
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Severity severity() {
    return severity;
  }

  /** Lower-case literals, at least one of which occurs wherever this rule can match. */
  public List<String> keywords() {
    return keywords;
  }

  /**
   * The pattern; its named group {@code secret} is the secret. For a {@link #structured()} rule it is
   * applied to each selected value ({@link #valuePattern()}, or the whole value when there is none),
   * never to the text.
   */
  public Pattern pattern() {
    return pattern;
  }

  public OptionalDouble minEntropy() {
    return minEntropy > 0 ? OptionalDouble.of(minEntropy) : OptionalDouble.empty();
  }

  public Optional<Validator> validator() {
    return Optional.ofNullable(validator);
  }

  /** How far around a keyword hit the pattern is applied. */
  public int window() {
    return window;
  }

  /**
   * Whether a match may span lines (a PEM block). Other rules are applied only within the line of
   * each keyword hit, which keeps their regex work proportional to the lines that matter.
   */
  public boolean multiline() {
    return multiline;
  }

  /**
   * Whether this rule catches secrets of no particular format (a secret-named variable, a password in
   * a URL): where its secret overlaps another rule's, only the other rule's finding is reported.
   */
  public boolean catchAll() {
    return catchAll;
  }

  public Allowlist allowlist() {
    return allowlist;
  }

  /** Where the format is documented. */
  public List<String> references() {
    return references;
  }

  /** Templates of text this rule must find (see the test kit's {@code FakeKeys}). */
  public List<String> examples() {
    return examples.stream().map(Example::template).toList();
  }

  /** Templates of text this rule must not find. */
  public List<String> negatives() {
    return negatives.stream().map(Example::template).toList();
  }

  /** The examples with the file each stands in. */
  public List<Example> exampleCases() {
    return examples;
  }

  /** The negatives with the file each stands in. */
  public List<Example> negativeCases() {
    return negatives;
  }

  /**
   * Whether this rule reads parsed configuration files ({@link #files()}) and matches values by
   * {@link #keyPaths()} instead of running a regex over text. The engine skips such rules; the
   * structured stage ({@code dev.keyward.core.structured}) runs them.
   */
  public boolean structured() {
    return !keyPaths.isEmpty();
  }

  /** Structured rules: the gitignore-style globs of the files read; empty for a text rule. */
  public List<String> files() {
    return files.globs();
  }

  /** Structured rules: whether the file at {@code path} (relative, forward slashes) is read. */
  public boolean readsFile(String path) {
    return files.matches(path);
  }

  /** Structured rules: the key paths whose values are candidate secrets; empty for a text rule. */
  public List<KeyPath> keyPaths() {
    return keyPaths;
  }

  /** Structured rules: the regex a value must contain, if the rule has one. */
  public Optional<Pattern> valuePattern() {
    return Optional.ofNullable(valuePattern);
  }

  /**
   * Globs of files (keystores) whose presence beside a finding of this rule (same directory or below)
   * makes it critical: the key material and its password leak together. Empty for most rules.
   */
  public List<String> companionFiles() {
    return companionFiles.globs();
  }

  /** Whether the file at {@code path} is one of {@link #companionFiles()}. */
  public boolean isCompanion(String path) {
    return companionFiles.matches(path);
  }

  /** The file (or resource) the rule came from, e.g. {@code builtin:anthropic.yaml}. */
  public String definedIn() {
    return definedIn;
  }

  @Override
  public String toString() {
    return "Rule[" + id + "]";
  }

  static final class Builder {
    String id;
    String title;
    String description;
    Severity severity;
    List<String> keywords = List.of();
    Pattern pattern;
    double minEntropy;
    Validator validator;
    int window = DEFAULT_WINDOW;
    boolean multiline;
    boolean catchAll;
    Allowlist allowlist = Allowlist.empty();
    List<String> references = List.of();
    List<Example> examples = List.of();
    List<Example> negatives = List.of();
    String definedIn;
    FileGlobs files = FileGlobs.NONE;
    List<KeyPath> keyPaths = List.of();
    Pattern valuePattern;
    FileGlobs companionFiles = FileGlobs.NONE;
  }
}

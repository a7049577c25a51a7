package dev.keyward.core.rule;

import dev.keyward.core.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule fields of structured rules ({@code files}, {@code key-paths}) and the fields every rule may
 * have that name files ({@code companion-files}, an example's {@code file}), validated for
 * {@link RuleLoader}. Every problem names the rule; the loader adds file and line.
 */
final class StructuredFields {
  /** The extensions a structured rule can read; the extension picks the parser. */
  static final List<String> EXTENSIONS = List.of(".json", ".yml", ".yaml", ".properties", ".xml");

  private StructuredFields() {}

  static boolean isStructured(RuleSpec spec) {
    return spec.keyPaths != null || spec.files != null;
  }

  /** Fills the structured parts of {@code b}: files, key paths, an optional value regex; no keywords. */
  static void apply(RuleSpec spec, Rule.Builder b, RuleLoader.Problems problems) throws ConfigException {
    if (spec.keyPaths == null || spec.keyPaths.isEmpty() || spec.files == null || spec.files.isEmpty()) {
      throw problems.fail("a structured rule needs both 'files' (which files to parse) and 'key-paths' "
          + "(which values are secrets)");
    }
    if (spec.keywords != null) {
      throw problems.fail("a structured rule has no 'keywords': its files and key-paths select what it reads");
    }
    if (spec.window != null || spec.multiline != null) {
      throw problems.fail("'window' and 'multiline' are for regex rules, not for a structured rule");
    }
    for (String glob : spec.files) {
      String lower = glob == null ? "" : glob.toLowerCase(Locale.ROOT);
      if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
        throw problems.fail("files: '" + glob + "' must end in " + String.join(", ", EXTENSIONS)
            + ": the extension picks the parser");
      }
    }
    b.files = globs(spec.files, "files", problems);
    List<KeyPath> keyPaths = new ArrayList<>();
    for (String keyPath : spec.keyPaths) {
      try {
        keyPaths.add(KeyPath.parse(keyPath == null ? "" : keyPath));
      } catch (IllegalArgumentException e) {
        throw problems.fail(e.getMessage());
      }
    }
    b.keyPaths = keyPaths;
    if (spec.regex != null) {
      b.valuePattern = RuleLoader.pattern(spec.regex, problems);
      b.pattern = b.valuePattern;
    } else {
      b.pattern = Rule.ANY_VALUE;
    }
  }

  /** Gitignore-style globs under {@code key}; none when absent. */
  static FileGlobs globs(List<String> globs, String key, RuleLoader.Problems problems) throws ConfigException {
    if (globs == null) {
      return FileGlobs.NONE;
    }
    for (String glob : globs) {
      if (glob == null || glob.isBlank() || !glob.strip().equals(glob) || glob.startsWith("!")) {
        throw problems.fail(key + ": '" + glob + "' must be a glob without surrounding spaces or '!'");
      }
    }
    return new FileGlobs(globs);
  }

  /** Examples or negatives: plain templates, or {@code {file, text}} mappings. */
  static List<Example> examples(List<ExampleSpec> specs, String what, RuleLoader.Problems problems)
      throws ConfigException {
    List<Example> examples = new ArrayList<>();
    for (ExampleSpec spec : RuleLoader.orEmpty(specs)) {
      int n = examples.size() + 1;
      if (spec == null || spec.text == null) {
        throw problems.fail(what + " " + n + " has no text");
      }
      String file = spec.file == null ? Example.DEFAULT_FILE : spec.file;
      if (file.isBlank() || file.startsWith("/") || file.contains("\\") || !file.strip().equals(file)) {
        throw problems.fail(what + " " + n + ": file '" + file + "' must be a relative path with forward slashes");
      }
      examples.add(new Example(file, spec.text));
    }
    return examples;
  }

  /** A structured rule's examples must stand in files it reads, or they could never be found. */
  static void checkExampleFiles(Rule.Builder b, RuleLoader.Problems problems) throws ConfigException {
    if (b.keyPaths.isEmpty()) {
      return;
    }
    for (int i = 0; i < b.examples.size(); i++) {
      String file = b.examples.get(i).file();
      if (!b.files.matches(file)) {
        throw problems.fail("example " + (i + 1) + ": file '" + file + "' is not one of the rule's files "
            + b.files.globs());
      }
    }
  }
}

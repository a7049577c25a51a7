package dev.keyward.core.rule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * Gitignore-style globs over relative paths (JGit's semantics, as for allowlist paths): a glob
 * without a slash matches a name at any depth ({@code application*.yml}), one with a slash is
 * anchored ({@code **}{@code /.m2/settings.xml}). An entry inside an archive
 * ({@code app.jar!/BOOT-INF/classes/application.yml}) is matched as a path through the archive. Only
 * the file itself counts: {@code *.xml} does not select {@code notes.xml/readme.txt}.
 */
final class FileGlobs {
  static final FileGlobs NONE = new FileGlobs(List.of());

  /** Paths whose answer is remembered, at most: a history asks again for every version of a file. */
  private static final int REMEMBERED = 1 << 16;

  private final List<String> globs;
  private final List<FastIgnoreRule> rules;
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  FileGlobs(List<String> globs) {
    this.globs = List.copyOf(globs);
    this.rules = this.globs.stream().map(FastIgnoreRule::new).toList();
  }

  List<String> globs() {
    return globs;
  }

  boolean matches(String path) {
    if (rules.isEmpty()) {
      return false;
    }
    Boolean known = answers.get(path);
    if (known != null) {
      return known;
    }
    boolean matches = match(path);
    if (answers.size() < REMEMBERED) {
      answers.put(path, matches);
    }
    return matches;
  }

  private boolean match(String path) {
    String plain = path.replace("!/", "/");
    int slash = plain.lastIndexOf('/');
    String parent = slash < 0 ? "" : plain.substring(0, slash);
    for (FastIgnoreRule rule : rules) {
      // a gitignore pattern also matches everything under a matching directory: ask for the file itself
      if (rule.isMatch(plain, false) && (parent.isEmpty() || !rule.isMatch(parent, true))) {
        return true;
      }
    }
    return false;
  }
}

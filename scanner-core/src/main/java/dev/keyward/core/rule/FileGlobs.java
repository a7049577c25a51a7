package dev.keyward.core.rule;

import java.util.List;
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

  private final List<String> globs;
  private final List<FastIgnoreRule> rules;

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

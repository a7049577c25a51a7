package dev.keyward.core.source.fs;

import dev.keyward.core.UserEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Git's ignore rules for one directory level: its {@code .gitignore} (and, at the repository root,
 * {@code .git/info/exclude} and then {@code core.excludesFile}), parsed by JGit. Levels chain from the repository root down; the
 * deepest level with an opinion decides, as in git.
 */
final class IgnoreRules {
  /** One directory's ignore files, with the directory's path relative to the repository root. */
  private record Level(String dirPrefix, List<IgnoreNode> nodes) {}

  private final List<Level> levels;

  private IgnoreRules(List<Level> levels) {
    this.levels = levels;
  }

  static IgnoreRules none() {
    return new IgnoreRules(List.of());
  }

  /**
   * The repository-wide rules of {@code repoRoot}: {@code .git/info/exclude}, then {@code
   * core.excludesFile} (the repository's, else the user's global one); the root's own {@code
   * .gitignore} is a deeper level, added with {@link #enter}, so it takes precedence.
   */
  static IgnoreRules forRepositoryRoot(Path repoRoot, UserEnvironment user) throws IOException {
    List<IgnoreNode> nodes = new ArrayList<>();
    Optional<GitDirectory> git = GitDirectory.of(repoRoot);
    if (git.isPresent()) {
      load(git.get().infoExclude(), nodes);
    }
    load(GitExcludesFile.forRepository(git, repoRoot, user), nodes);
    return new IgnoreRules(List.of(new Level("", nodes)));
  }

  /** These rules plus the {@code .gitignore} of {@code dir} ({@code dirPrefix} = its path + "/"). */
  IgnoreRules enter(Path dir, String dirPrefix) throws IOException {
    List<IgnoreNode> nodes = new ArrayList<>();
    load(dir.resolve(".gitignore"), nodes);
    if (nodes.isEmpty()) {
      return this;
    }
    List<Level> deeper = new ArrayList<>(levels);
    deeper.add(new Level(dirPrefix, nodes));
    return new IgnoreRules(deeper);
  }

  /**
   * Whether {@code path} (relative to the repository root, forward slashes) is ignored. The deepest
   * level with a matching rule decides; within a level the last matching line wins (JGit).
   */
  boolean isIgnored(String path, boolean directory) {
    for (int i = levels.size() - 1; i >= 0; i--) {
      Level level = levels.get(i);
      if (!path.startsWith(level.dirPrefix())) {
        continue;
      }
      String relative = path.substring(level.dirPrefix().length());
      for (IgnoreNode node : level.nodes()) {
        Boolean ignored = node.checkIgnored(relative, directory);
        if (ignored != null) {
          return ignored;
        }
      }
    }
    return false;
  }

  /** Parses one ignore file; a missing file adds nothing. */
  static void load(Path file, List<IgnoreNode> into) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    }
    if (!node.getRules().isEmpty()) {
      into.add(node);
    }
  }
}

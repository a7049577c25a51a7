package dev.keyward.core.policy;

import dev.keyward.core.source.fs.GitDirectory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

/**
 * The paths in a repository's git index (JGit {@link DirCache}): what is committed or staged. JGit
 * reads the index through {@code java.io.File}, so a repository on another file system (Jimfs) has
 * an empty index here.
 */
final class GitIndex {
  private final Set<String> paths;

  private GitIndex(Set<String> paths) {
    this.paths = paths;
  }

  static GitIndex empty() {
    return new GitIndex(Set.of());
  }

  /** The index of the repository whose work tree is {@code workTree}; empty if none or unreadable. */
  static GitIndex read(Path workTree) {
    if (workTree.getFileSystem() != FileSystems.getDefault()) {
      return empty();
    }
    return GitDirectory.of(workTree).filter(g -> Files.isRegularFile(g.index())).map(g -> {
      try {
        DirCache cache = DirCache.read(g.index().toFile(), FS.DETECTED);
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < cache.getEntryCount(); i++) {
          paths.add(cache.getEntry(i).getPathString());
        }
        return new GitIndex(paths);
      } catch (IOException | RuntimeException e) {
        return empty();
      }
    }).orElse(empty());
  }

  /** Whether {@code path} (relative to the work tree) is in the index. */
  boolean tracks(String path) {
    return paths.contains(path);
  }
}

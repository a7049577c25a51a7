package dev.keyward.core.source.git;

import dev.keyward.core.UsageException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.SystemReader;

/** Opens git repositories (work trees, or bare) with JGit; no git binary is needed. */
public final class GitRepositories {
  /**
   * JGit's pack window cache (heap). History scans read packs themselves ({@link PackObjects}); JGit
   * reads commits for the topological sort, staged blobs and the odd object the packs cannot give.
   */
  private static final long PACKED_GIT_LIMIT = 64L << 20;

  private static final int DELTA_BASE_CACHE = 16 << 20;

  static {
    WindowCacheConfig cache = new WindowCacheConfig();
    cache.setPackedGitLimit(PACKED_GIT_LIMIT);
    cache.setPackedGitWindowSize(1 << 20);
    cache.setDeltaBaseCacheLimit(DELTA_BASE_CACHE);
    cache.setStreamFileThreshold(64 << 20);
    cache.install();
  }

  private GitRepositories() {}

  /**
   * Starts JGit's one-time set-up on a background thread and returns at once: detecting the file
   * system and reading the user's and the system's git configuration (which JGit finds by running
   * {@code git}) take ~0.1 s, which then overlap with the command line's own start instead of
   * delaying the first repository opened. Harmless if it fails: opening a repository does the same.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        SystemReader.getInstance().getUserConfig();
      } catch (IOException | ConfigInvalidException | RuntimeException e) {
        // reported, if it matters, when a repository is opened
      }
    }, "keyward-git");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Opens the repository at or above {@code path}: a work tree (the nearest {@code .git} upwards) or
   * a bare repository's directory.
   *
   * @throws UsageException the path is not in a git repository, or not on the default file system
   */
  public static Repository open(Path path) throws UsageException, IOException {
    File dir;
    try {
      dir = path.toAbsolutePath().normalize().toFile();
    } catch (UnsupportedOperationException e) {
      throw new UsageException("git scans need a path on the local file system: " + path);
    }
    if (!Files.isDirectory(path)) {
      throw new UsageException("not a directory: " + path);
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    if (isBare(dir)) {
      builder.setGitDir(dir);
    } else {
      builder.readEnvironment().findGitDir(dir);
      if (builder.getGitDir() == null) {
        throw new UsageException("not a git repository (or any parent up to /): " + path);
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UsageException("cannot open the git repository at " + path + ": " + e.getMessage());
    }
  }

  private static boolean isBare(File dir) {
    return new File(dir, "HEAD").isFile() && new File(dir, "objects").isDirectory()
        && new File(dir, "refs").isDirectory();
  }

  /** The directory paths are reported relative to: the work tree, or the git directory if bare. */
  public static Path root(Repository repo) {
    return (repo.isBare() ? repo.getDirectory() : repo.getWorkTree()).toPath().toAbsolutePath().normalize();
  }
}

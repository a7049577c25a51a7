package dev.keyward.core.source.fs;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.internal.Workers;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Source;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The files under a directory (java.nio throughout, so any {@link java.nio.file.FileSystem} works).
 * Honours git's ignore files unless told not to, never enters {@code .git}, never follows a symbolic
 * link (a link's target is scanned where it lies, if it lies inside the root), and skips files over
 * the size limit with a warning. Files are read and handed on by a pool of worker threads.
 */
public final class WorkingTreeSource implements Source {
  private final Path root;
  private final boolean useGitignore;
  private final ScanLimits limits;
  private static final int MAX_QUEUED_FILES = 1 << 16;

  private final int threads;
  private final FileReader reader;
  private final TreeListener listener;
  private final UserEnvironment user;

  /** Reads a whole file; a seam for tests that need a read to fail. */
  @FunctionalInterface
  interface FileReader {
    byte[] read(Path file) throws IOException;
  }

  public WorkingTreeSource(Path root, boolean useGitignore, ScanLimits limits, int threads) {
    this(root, useGitignore, limits, threads, Files::readAllBytes);
  }

  WorkingTreeSource(Path root, boolean useGitignore, ScanLimits limits, int threads, FileReader reader) {
    this(root, useGitignore, limits, threads, reader, TreeListener.NONE, UserEnvironment.current());
  }

  private WorkingTreeSource(Path root, boolean useGitignore, ScanLimits limits, int threads, FileReader reader,
      TreeListener listener, UserEnvironment user) {
    this.root = Objects.requireNonNull(root, "root");
    this.useGitignore = useGitignore;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.threads = threads;
    this.reader = Objects.requireNonNull(reader, "reader");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.user = Objects.requireNonNull(user, "user");
  }

  /** This source, also telling {@code listener} about every file and directory, ignored ones included. */
  public WorkingTreeSource withListener(TreeListener listener) {
    return new WorkingTreeSource(root, useGitignore, limits, threads, reader, listener, user);
  }

  /** This source, reading the global git configuration ({@code core.excludesFile}) of {@code user}. */
  public WorkingTreeSource withUser(UserEnvironment user) {
    return new WorkingTreeSource(root, useGitignore, limits, threads, reader, listener, user);
  }

  @Override
  public void scan(FragmentSink sink) throws IOException {
    Path realRoot = root.toRealPath();
    // A queued task holds a path, not content: let the walk run far ahead, so the total is known early.
    try (Workers workers = new Workers(threads, "keyward-files", MAX_QUEUED_FILES)) {
      if (Files.isRegularFile(realRoot)) {
        sink.expect(1);
        workers.submit(() -> read(realRoot, realRoot.getFileName().toString(), sink));
        return;
      }
      Path repoRoot = repositoryRoot(realRoot);
      String rel = repoRoot.relativize(realRoot).toString().replace('\\', '/');
      Visitor visitor = new Visitor(realRoot, startRules(realRoot, repoRoot),
          rel.isEmpty() ? "" : rel + "/", sink, workers);
      Files.walkFileTree(realRoot, visitor);
      sink.expect(visitor.items);
    }
  }

  /**
   * The ignore rules in force above the scan root: those of its repository from the top down to the
   * root's parent (the root's own .gitignore is read when the walk enters it).
   */
  private IgnoreRules startRules(Path realRoot, Path repoRoot) throws IOException {
    IgnoreRules rules = IgnoreRules.forRepositoryRoot(repoRoot, user);
    if (repoRoot.equals(realRoot)) {
      return rules;
    }
    Path relative = repoRoot.relativize(realRoot);
    Path dir = repoRoot;
    StringBuilder prefix = new StringBuilder();
    rules = rules.enter(repoRoot, "");
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      dir = dir.resolve(relative.getName(i).toString());
      prefix.append(relative.getName(i)).append('/');
      rules = rules.enter(dir, prefix.toString());
    }
    return rules;
  }

  /** The nearest directory at or above {@code dir} that holds {@code .git}; {@code dir} if none. */
  public static Path repositoryRoot(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return p;
      }
    }
    return dir;
  }

  private void read(Path file, String path, FragmentSink sink) {
    try {
      byte[] bytes = reader.read(file);
      if (bytes.length > limits.maxFileBytes()) {
        sink.skipped(path, SkipReason.TOO_LARGE, limits.overFileLimit(bytes.length));
        return;
      }
      sink.accept(new Fragment(new FileOrigin(path), bytes));
    } catch (IOException | SecurityException e) {
      sink.skipped(path, SkipReason.UNREADABLE, "cannot read: " + describe(e));
    } catch (OutOfMemoryError e) {
      sink.skipped(path, SkipReason.TOO_LARGE, "not enough memory to read it; lower --max-file-size");
    }
  }

  static String describe(Exception e) {
    String m = e.getMessage();
    String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
    return m == null || e instanceof java.nio.file.FileSystemException ? kind : kind + ": " + m;
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path realRoot;
    private final FragmentSink sink;
    private final Workers workers;
    private final Deque<IgnoreRules> rules = new ArrayDeque<>();
    /** Whether each directory on the stack is ignored (its contents are, whatever they say). */
    private final Deque<Boolean> ignoredDirs = new ArrayDeque<>();
    private final String repoPrefix;
    /** Items this walk delivers to the sink: files handed to the workers plus entries skipped here. */
    private long items;

    Visitor(Path realRoot, IgnoreRules start, String repoPrefix, FragmentSink sink, Workers workers) {
      this.realRoot = realRoot;
      this.sink = sink;
      this.workers = workers;
      this.rules.push(start);
      this.ignoredDirs.push(false);
      this.repoPrefix = repoPrefix;
    }

    private void skip(String path, SkipReason reason, String detail) {
      items++;
      sink.skipped(path, reason, detail);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
      boolean isRoot = dir.equals(realRoot);
      String path = isRoot ? "" : relative(dir);
      if (!isRoot && dir.getFileName().toString().equals(".git")) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      boolean ignored = !isRoot && ignored(path, true);
      if (!isRoot) {
        listener.entry(path, dir, attrs, ignored);
      }
      if (ignored && useGitignore) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      ignoredDirs.push(ignored);
      String prefix = isRoot ? repoPrefix : repoPrefix + path + "/";
      try {
        rules.push(rules.peek().enter(dir, prefix));
      } catch (IOException e) {
        skip((isRoot ? "" : path + "/") + ".gitignore", SkipReason.UNREADABLE, "cannot read: " + describe(e));
        rules.push(rules.peek());
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      rules.pop();
      ignoredDirs.pop();
      if (e != null) {
        skip(relativeOrDot(dir), SkipReason.UNREADABLE, "cannot list: " + describe(e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String path = relative(file);
      if (file.getFileName().toString().equals(".git")) {
        return FileVisitResult.CONTINUE;
      }
      boolean ignored = ignored(path, attrs.isDirectory());
      if (attrs.isRegularFile() || attrs.isDirectory()) {
        listener.entry(path, file, attrs, ignored);
      }
      if (ignored && useGitignore) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        symlink(file, path);
      } else if (!attrs.isRegularFile()) {
        skip(path, SkipReason.SPECIAL_FILE, "not a regular file");
      } else if (attrs.size() > limits.maxFileBytes()) {
        skip(path, SkipReason.TOO_LARGE, limits.overFileLimit(attrs.size()));
      } else {
        items++;
        workers.submit(() -> read(file, path, sink));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      skip(relativeOrDot(file), SkipReason.UNREADABLE, "cannot read: " + describe(e));
      return FileVisitResult.CONTINUE;
    }

    private void symlink(Path link, String path) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (IOException e) {
        skip(path, SkipReason.BROKEN_SYMLINK, "symbolic link to a missing or looping target, not followed");
        return;
      }
      if (!target.startsWith(realRoot)) {
        skip(path, SkipReason.SYMLINK_OUTSIDE_ROOT,
            "symbolic link out of the scanned directory, not followed");
      } else {
        skip(path, SkipReason.SYMLINK, "symbolic link, not followed (its target is scanned in place)");
      }
    }

    private boolean ignored(String path, boolean directory) {
      return ignoredDirs.peek() || rules.peek().isIgnored(repoPrefix + path, directory);
    }

    private String relative(Path p) {
      return realRoot.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private String relativeOrDot(Path p) {
      String r = relative(p);
      return r.isEmpty() ? "." : r;
    }
  }
}

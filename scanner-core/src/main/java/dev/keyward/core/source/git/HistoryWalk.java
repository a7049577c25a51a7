package dev.keyward.core.source.git;

import dev.keyward.core.SkipReason;
import dev.keyward.core.internal.Workers;
import dev.keyward.core.source.FragmentSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds what every walked commit introduced. The commits are sorted topologically from the roots;
 * each commit's trees are compared with its parents' ({@link TreeDiff}), which does not depend on
 * the other commits, so contiguous runs of commits are diffed in parallel, each worker with its own
 * {@link RawObjects}; the results are then merged in commit order, so that the first commit to put
 * a blob at a path is the one recorded.
 */
final class HistoryWalk {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistoryWalk.class);
  /** Delta bases each worker keeps: enough for the current chain of every directory a commit touches. */
  private static final long BASE_CACHE = 4L << 20;
  /** Parsed trees each worker keeps: a commit's trees are diffed again as its children's parents. */
  private static final long TREE_CACHE = 1L << 20;

  private final Repository repo;
  private final Packs packs;
  private final int threads;

  HistoryWalk(Repository repo, Packs packs, int threads) {
    this.repo = repo;
    this.packs = packs;
    this.threads = threads;
  }

  /** What the walk found. */
  record Walked(Commits commits, BlobIndex blobs, EnvFileCommits envFiles) {}

  /** The commits in range, sorted topologically from the roots. */
  static Commits commits(Repository repo, CommitRange range) throws IOException {
    long start = System.nanoTime();
    Commits commits = new Commits(topological(repo, range));
    LOG.debug("sorted {} commits in {} ms", commits.size(), (System.nanoTime() - start) / 1_000_000);
    return commits;
  }

  Walked walk(Commits commits, FragmentSink sink) {
    long start = System.nanoTime();
    Merger merger = new Merger(sink);
    int size = Math.max(256, Math.min(8192, commits.size() / (threads * 16) + 1));
    try (Workers workers = new Workers(threads, "keyward-walk")) {
      for (int from = 0; from < commits.size(); from += size) {
        CommitRun run = new CommitRun(commits, from, Math.min(commits.size(), from + size), merger);
        merger.add(run);
        workers.submit(run);
      }
    }
    LOG.debug("diffed their trees in {} ms", (System.nanoTime() - start) / 1_000_000);
    for (String path : merger.submodules) {
      sink.skipped(path, SkipReason.SUBMODULE, "submodule: its own history is not scanned (scan its repository separately)");
    }
    return new Walked(commits, merger.blobs, merger.envFiles);
  }

  /**
   * Merges finished runs in commit order as soon as every earlier run is merged, so that the first
   * commit to introduce a blob at a path is the one kept and finished runs do not pile up.
   */
  private static final class Merger {
    private final FragmentSink sink;
    private final List<CommitRun> runs = new ArrayList<>();
    private final BlobIndex blobs = new BlobIndex();
    private final EnvFileCommits envFiles = new EnvFileCommits();
    private final Set<String> submodules = new TreeSet<>();
    private int next;

    Merger(FragmentSink sink) {
      this.sink = sink;
    }

    synchronized void add(CommitRun run) {
      runs.add(run);
    }

    synchronized void finished(CommitRun run) {
      run.finished = true;
      while (next < runs.size() && runs.get(next).finished) {
        runs.get(next).mergeInto(blobs, envFiles, submodules, sink);
        runs.set(next++, null);
      }
    }
  }

  /** The commits in range, oldest first, with their parents' headers parsed (for their trees). */
  private static List<RevCommit> topological(Repository repo, CommitRange range) throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRetainBody(false);
      range.markOn(walk);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      for (RevCommit commit : walk) {
        commits.add(commit);
        for (RevCommit parent : commit.getParents()) {
          try {
            walk.parseHeaders(parent);
          } catch (MissingObjectException e) {
            // the diff of this commit reports it
          }
        }
      }
    }
    return commits;
  }

  /** A commit whose trees could not all be read. */
  private record Problem(String commit, SkipReason reason, String detail) {}

  /** Diffs a contiguous run of commits and keeps what they introduced, in order. */
  private final class CommitRun implements Runnable, TreeDiff.Found {
    private final Commits commits;
    private final int from;
    private final int to;
    private final List<org.eclipse.jgit.lib.ObjectId> blobIds = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final Set<String> submodules = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Merger merger;
    /** Guarded by the merger's lock. */
    private boolean finished;
    private int current;
    /** firstFound[c - from] = where commit c's finds start in the lists. */
    private final int[] firstFound;

    CommitRun(Commits commits, int from, int to, Merger merger) {
      this.merger = merger;
      this.commits = commits;
      this.from = from;
      this.to = to;
      this.firstFound = new int[to - from];
    }

    @Override
    public void run() {
      try (org.eclipse.jgit.lib.ObjectReader reader = repo.newObjectReader();
          RawObjects objects = new RawObjects(packs, reader, BASE_CACHE)) {
        TreeDiff diff = new TreeDiff(objects, TREE_CACHE);
        // newest first: packs store older versions as deltas of newer ones, so each tree is built
        // from the one just read, and the caches stay small
        for (current = to - 1; current >= from; current--) {
          firstFound[current - from] = blobIds.size();
          diffOne(diff, commits.get(current));
        }
      }
      merger.finished(this);
    }

    private void diffOne(TreeDiff diff, RevCommit commit) {
      List<org.eclipse.jgit.lib.ObjectId> parentTrees = new ArrayList<>(commit.getParentCount());
      try {
        for (RevCommit parent : commit.getParents()) {
          if (parent.getTree() == null) {
            throw new MissingObjectException(parent, "commit");
          }
          parentTrees.add(parent.getTree());
        }
        diff.diff(commit.getTree(), parentTrees, this);
      } catch (MissingObjectException e) {
        problems.add(new Problem(commit.name(), SkipReason.MISSING_OBJECT, "commit " + commit.abbreviate(10).name()
            + ": object " + e.getObjectId().name() + " is missing; the rest of this commit was not scanned"));
      } catch (IOException e) {
        problems.add(new Problem(commit.name(), SkipReason.UNREADABLE, "commit " + commit.abbreviate(10).name()
            + ": a tree cannot be read (" + e.getMessage() + "); the rest of this commit was not scanned"));
      }
    }

    @Override
    public void blob(org.eclipse.jgit.lib.AnyObjectId blob, String path) {
      blobIds.add(blob.copy());
      paths.add(path);
    }

    @Override
    public void submodule(String path) {
      submodules.add(path);
    }

    void mergeInto(BlobIndex blobs, EnvFileCommits envFiles, Set<String> allSubmodules, FragmentSink sink) {
      for (int c = 0; c < firstFound.length; c++) {
        int end = c == 0 ? blobIds.size() : firstFound[c - 1];
        for (int i = firstFound[c]; i < end; i++) {
          blobs.introduce(blobIds.get(i), paths.get(i), from + c);
          envFiles.saw(paths.get(i), from + c);
        }
      }
      allSubmodules.addAll(submodules);
      problems.forEach(p -> sink.skipped(p.commit(), p.reason(), p.detail()));
    }
  }
}

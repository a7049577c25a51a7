package dev.keyward.core.source.git;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UsageException;
import dev.keyward.core.internal.Workers;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Origin;
import dev.keyward.core.source.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Git history: every distinct blob that the walked commits introduced, read once. The walk goes in
 * topological order from the roots and diffs each commit's tree against its parents, so a blob's
 * provenance at each path is the first commit that put it there; a blob equal to a parent's at the
 * same path (a merge that took one side) is not new. Blobs are then read in pack order by workers,
 * each with its own {@link ObjectReader}; oversized blobs are skipped by size before inflating.
 */
public final class HistorySource implements Source {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistorySource.class);
  /** Blobs per task: contiguous in pack order, so a worker reads each pack region forwards. */
  private static final int CHUNK = 256;

  private final Repository repo;
  private final CommitRange commitRange;
  private final ScanLimits limits;
  private final int threads;
  private final EnvFileCommits envFiles = new EnvFileCommits();
  private long commits;

  private HistorySource(Repository repo, CommitRange commits, ScanLimits limits, int threads) {
    this.repo = repo;
    this.commitRange = commits;
    this.limits = limits;
    this.threads = threads;
  }

  /**
   * The history of {@code repo}: every ref, one {@code branch}, or a {@code range}. The revisions are
   * resolved here, once, so a typo is a usage error before any work.
   *
   * @throws UsageException an unknown or invalid revision
   */
  public static HistorySource of(Repository repo, Optional<String> range, Optional<String> branch,
      ScanLimits limits, int threads) throws UsageException, IOException {
    return new HistorySource(repo, CommitRange.of(repo, range, branch), limits, threads);
  }

  @Override
  public void scan(FragmentSink sink) throws IOException {
    BlobIndex index = new BlobIndex();
    try (RevWalk walk = new RevWalk(repo)) {
      if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
        sink.skipped(".", SkipReason.SHALLOW_HISTORY,
            "shallow clone: commits before the shallow boundary are not in this repository and were not scanned");
      }
      commitRange.markOn(walk);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      long start = System.nanoTime();
      walkCommits(walk, index, sink);
      LOG.debug("walked {} commits, {} distinct blobs, in {} ms", commits, index.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    long start = System.nanoTime();
    sink.expect(index.size());
    readBlobs(index, sink);
    LOG.debug("read and scanned {} blobs in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private void walkCommits(RevWalk walk, BlobIndex index, FragmentSink sink) throws IOException {
    SubmoduleCounter submodules = new SubmoduleCounter();
    try (TreeWalk tw = new TreeWalk(walk.getObjectReader())) {
      tw.setRecursive(true);
      for (RevCommit commit : walk) {
        commits++;
        try {
          introduced(walk, tw, commit, index, submodules);
        } catch (MissingObjectException e) {
          sink.skipped(commit.name(), SkipReason.MISSING_OBJECT,
              "commit " + commit.abbreviate(10).name() + ": object " + e.getObjectId().name() + " is missing; "
                  + "the rest of this commit was not scanned");
        }
      }
    }
    submodules.report(sink);
  }

  /** Records the blobs {@code commit} introduces: those that differ from every parent at their path. */
  private void introduced(RevWalk walk, TreeWalk tw, RevCommit commit, BlobIndex index,
      SubmoduleCounter submodules) throws IOException {
    RevCommit[] parents = commit.getParents();
    tw.reset();
    tw.addTree(commit.getTree());
    for (RevCommit parent : parents) {
      walk.parseHeaders(parent);
      tw.addTree(parent.getTree());
    }
    tw.setFilter(parents.length == 0 ? TreeFilter.ALL : TreeFilter.ANY_DIFF);
    while (tw.next()) {
      int mode = tw.getRawMode(0);
      if (mode == FileMode.TYPE_GITLINK) {
        submodules.saw(tw.getPathString(), commit);
        continue;
      }
      if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
        continue;
      }
      ObjectId blob = tw.getObjectId(0);
      if (!inAnyParent(tw, blob, parents.length)) {
        String path = tw.getPathString();
        index.introduce(blob, path, commit);
        envFiles.saw(path, commit);
      }
    }
  }

  private static boolean inAnyParent(TreeWalk tw, ObjectId blob, int parents) {
    for (int i = 1; i <= parents; i++) {
      if (blob.equals(tw.getObjectId(i))) {
        return true;
      }
    }
    return false;
  }

  private void readBlobs(BlobIndex index, FragmentSink sink) {
    List<ObjectId> ordered = PackOrder.sort(repo, index.blobs());
    try (Workers workers = new Workers(threads, "keyward-blobs")) {
      for (int from = 0; from < ordered.size(); from += CHUNK) {
        List<ObjectId> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
        workers.submit(() -> readChunk(chunk, index, sink));
      }
    }
  }

  private void readChunk(List<ObjectId> chunk, BlobIndex index, FragmentSink sink) {
    try (ObjectReader reader = repo.newObjectReader()) {
      for (ObjectId blob : chunk) {
        List<Introduction> intros = index.introductions(blob);
        String where = intros.get(0).origin().displayPath();
        try {
          long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
          if (size > limits.maxFileBytes()) {
            sink.skipped(where, SkipReason.TOO_LARGE, limits.overFileLimit(size));
            continue;
          }
          byte[] bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
          List<Origin> origins = new ArrayList<>(intros.size());
          intros.forEach(intro -> origins.add(intro.origin()));
          sink.accept(new Fragment(origins, bytes));
        } catch (MissingObjectException e) {
          sink.skipped(where, SkipReason.MISSING_OBJECT, "blob " + blob.name() + " is missing from the repository");
        } catch (IOException e) {
          sink.skipped(where, SkipReason.UNREADABLE, "cannot read blob " + blob.name() + ": " + e.getMessage());
        }
      }
    }
  }

  /** How many commits the walk visited (after {@link #scan}). */
  public long commits() {
    return commits;
  }

  /** Env files that any walked commit put into history, as policy findings (after {@link #scan}). */
  public List<dev.keyward.core.finding.Finding> envFileFindings() {
    return envFiles.findings();
  }

  /** Counts submodule entries so that history with submodules gives one warning, not thousands. */
  private static final class SubmoduleCounter {
    private final java.util.Set<String> paths = new java.util.TreeSet<>();

    void saw(String path, RevCommit commit) {
      paths.add(path);
    }

    void report(FragmentSink sink) {
      for (String path : paths) {
        sink.skipped(path, SkipReason.SUBMODULE,
            "submodule: its own history is not scanned (scan its repository separately)");
      }
    }
  }
}

package dev.keyward.core.source.git;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UsageException;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Source;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Git history: every distinct blob that the walked commits introduced, read once. The walk ({@link
 * HistoryWalk}) sorts the commits topologically from the roots and compares each commit's trees with
 * its parents', so a blob's provenance at each path is the first commit that put it there; a blob
 * equal to a parent's at the same path (a merge that took one side) is not new. The blobs are then
 * read along their packs' delta trees ({@link BlobReading}) and scanned by the same workers.
 */
public final class HistorySource implements Source {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistorySource.class);

  private final Repository repo;
  private final CommitRange commitRange;
  private final ScanLimits limits;
  private final int threads;
  private long commits;
  private List<Finding> envFileFindings = List.of();

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
    if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
      sink.skipped(".", SkipReason.SHALLOW_HISTORY,
          "shallow clone: commits before the shallow boundary are not in this repository and were not scanned");
    }
    long start = System.nanoTime();
    // index the packs on another core while JGit sorts the commits
    CompletableFuture<Packs> opening = CompletableFuture.supplyAsync(() -> Packs.open(repo));
    Commits sorted;
    try {
      sorted = HistoryWalk.commits(repo, commitRange);
    } catch (IOException | RuntimeException e) {
      opening.thenAccept(Packs::close);
      throw e;
    }
    try (Packs packs = opening.join()) {
      HistoryWalk.Walked walked = new HistoryWalk(repo, packs, threads).walk(sorted, sink);
      commits = walked.commits().size();
      LOG.debug("walked {} commits, {} distinct blobs, in {} ms", commits, walked.blobs().size(), millisSince(start));
      start = System.nanoTime();
      new BlobReading(repo, packs, walked.commits(), limits, threads).read(walked.blobs(), sink);
      LOG.debug("read and scanned {} blobs in {} ms", walked.blobs().size(), millisSince(start));
      try (ObjectReader reader = repo.newObjectReader(); RawObjects objects = new RawObjects(packs, reader, 1L << 20)) {
        envFileFindings = walked.envFiles().findings(walked.commits(), objects);
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** How many commits the walk visited (after {@link #scan}). */
  public long commits() {
    return commits;
  }

  /** Env files that any walked commit put into history, as policy findings (after {@link #scan}). */
  public List<Finding> envFileFindings() {
    return envFileFindings;
  }
}

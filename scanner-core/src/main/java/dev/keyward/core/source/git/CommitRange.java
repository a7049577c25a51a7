package dev.keyward.core.source.git;

import dev.keyward.core.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Which commits a history scan walks: from every ref (branches, tags, remotes, HEAD and every stash
 * entry), from one ref, or a range {@code A..B} (in B, not in A; {@code A} alone means {@code
 * A..HEAD}).
 */
final class CommitRange {
  private final List<ObjectId> starts;
  private final List<ObjectId> excluded;

  private CommitRange(List<ObjectId> starts, List<ObjectId> excluded) {
    this.starts = starts;
    this.excluded = excluded;
  }

  static CommitRange of(Repository repo, Optional<String> range, Optional<String> branch)
      throws UsageException, IOException {
    if (range.isPresent()) {
      String spec = range.get();
      int dots = spec.indexOf("..");
      String from = dots < 0 ? spec : spec.substring(0, dots);
      String to = dots < 0 || spec.substring(dots + 2).isEmpty() ? "HEAD" : spec.substring(dots + 2);
      return new CommitRange(List.of(resolve(repo, to)), List.of(resolve(repo, from)));
    }
    if (branch.isPresent()) {
      return new CommitRange(List.of(resolve(repo, branch.get())), List.of());
    }
    List<ObjectId> starts = new ArrayList<>();
    for (Ref ref : repo.getRefDatabase().getRefs()) {
      starts.add(ref.getObjectId());
    }
    Ref head = repo.exactRef(Constants.HEAD);
    if (head != null && head.getObjectId() != null) {
      starts.add(head.getObjectId());
    }
    ReflogReader stash = repo.getRefDatabase().getReflogReader(Constants.R_STASH);
    if (stash != null) {
      for (ReflogEntry entry : stash.getReverseEntries()) {
        starts.add(entry.getNewId());
      }
    }
    starts.removeIf(id -> id == null);
    return new CommitRange(starts, List.of());
  }

  private static ObjectId resolve(Repository repo, String revision) throws UsageException, IOException {
    ObjectId id;
    try {
      id = repo.resolve(revision + "^{commit}");
    } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
      throw new UsageException("invalid revision '" + revision + "': " + e.getMessage());
    } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
      throw new UsageException("revision '" + revision + "' is not a commit");
    }
    if (id == null) {
      throw new UsageException("unknown revision '" + revision + "' (no such branch, tag or commit)");
    }
    return id;
  }

  /** Marks the walk's start and uninteresting commits; refs that are not commits are skipped. */
  void markOn(RevWalk walk) throws IOException {
    for (ObjectId id : starts) {
      RevCommit commit = commitOf(walk, id);
      if (commit != null) {
        walk.markStart(commit);
      }
    }
    for (ObjectId id : excluded) {
      RevCommit commit = commitOf(walk, id);
      if (commit != null) {
        walk.markUninteresting(commit);
      }
    }
  }

  private static RevCommit commitOf(RevWalk walk, ObjectId id) throws IOException {
    try {
      RevObject object = walk.peel(walk.parseAny(id));
      return object instanceof RevCommit commit ? commit : null;
    } catch (org.eclipse.jgit.errors.MissingObjectException e) {
      return null;
    }
  }

  boolean isEmpty() {
    return starts.isEmpty();
  }
}

package dev.keyward.core.source.git;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.IndexOrigin;
import dev.keyward.core.source.Source;
import java.io.IOException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What is staged: every blob in the git index that differs from HEAD's at the same path (all of
 * them before the first commit). This is exactly what the next commit adds, and is small, so a
 * pre-commit hook stays fast.
 */
public final class IndexSource implements Source {
  private final Repository repo;
  private final ScanLimits limits;

  public IndexSource(Repository repo, ScanLimits limits) {
    this.repo = repo;
    this.limits = limits;
  }

  @Override
  public void scan(FragmentSink sink) throws IOException {
    DirCache index = repo.readDirCache();
    ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
    try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(reader)) {
      tw.setRecursive(true);
      tw.addTree(new DirCacheIterator(index));
      if (head != null) {
        try (RevWalk walk = new RevWalk(reader)) {
          tw.addTree(walk.parseTree(head));
        }
        tw.setFilter(TreeFilter.ANY_DIFF);
      }
      while (tw.next()) {
        int mode = tw.getRawMode(0);
        String path = tw.getPathString();
        if (mode == FileMode.TYPE_GITLINK) {
          sink.skipped(path, SkipReason.SUBMODULE, "submodule: scan its repository separately");
        } else if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
          boolean unchanged = head != null && tw.getObjectId(0).equals(tw.getObjectId(1));
          if (!unchanged) {
            read(reader, tw.getObjectId(0), path, sink);
          }
        }
      }
    }
  }

  private void read(ObjectReader reader, ObjectId blob, String path, FragmentSink sink) throws IOException {
    try {
      long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
      if (size > limits.maxFileBytes()) {
        sink.skipped(path, SkipReason.TOO_LARGE, limits.overFileLimit(size));
        return;
      }
      sink.accept(new Fragment(new IndexOrigin(path), reader.open(blob, Constants.OBJ_BLOB).getCachedBytes()));
    } catch (MissingObjectException e) {
      sink.skipped(path, SkipReason.MISSING_OBJECT, "staged blob " + blob.name() + " is missing");
    }
  }
}

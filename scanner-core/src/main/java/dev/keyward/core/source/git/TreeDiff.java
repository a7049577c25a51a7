package dev.keyward.core.source.git;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What one commit introduces: the files whose blob differs from every parent's at the same path.
 * Each tree is compared with its first parent's version of the same directory: runs of identical
 * bytes are skipped whole, and each differing entry is looked up by name in every parent; only
 * subtrees that differ from every parent's are entered. For a root commit that is every file. Parsed
 * trees are kept in a small cache, since a commit's trees are its child's parent trees. One per
 * thread.
 */
final class TreeDiff {
  /** Receives what a commit introduced. */
  interface Found {
    /** A file {@code path} holding {@code blob}; {@code blob} is reused, copy it to keep it. */
    void blob(AnyObjectId blob, String path);

    void submodule(String path);
  }

  private final RawObjects objects;
  private final ParsedTrees parsed;
  private final PathBuffer path = new PathBuffer();
  private final MutableObjectId id = new MutableObjectId();

  /** @param cacheBytes how many bytes of parsed trees to keep */
  TreeDiff(RawObjects objects, long cacheBytes) {
    this.objects = objects;
    this.parsed = new ParsedTrees(cacheBytes);
  }

  /**
   * Reports what a commit with tree {@code tree} introduces over parents with trees {@code parents}.
   *
   * @throws org.eclipse.jgit.errors.MissingObjectException a tree is missing
   */
  void diff(AnyObjectId tree, List<? extends AnyObjectId> parents, Found found) throws IOException {
    RawTree[] parentTrees = new RawTree[parents.size()];
    for (int k = 0; k < parentTrees.length; k++) {
      if (parents.get(k).equals(tree)) {
        return;
      }
      parentTrees[k] = tree(parents.get(k));
    }
    path.truncate(0);
    diff(tree(tree), parentTrees, found);
  }

  private void diff(RawTree tree, RawTree[] parents, Found found) throws IOException {
    RawTree first = parents.length > 0 ? parents[0] : RawTree.EMPTY;
    int j = 0;
    for (int k = 0; k < tree.count(); k++) {
      if (j < first.count()) {
        int same = tree.sameRun(k, first, j);
        if (same < 0) {
          return;
        }
        k += same;
        j += same;
        if (k >= tree.count()) {
          return;
        }
      }
      int inFirst = entry(tree, k, parents, found);
      j = inFirst >= 0 ? inFirst + 1 : -inFirst - 1;
    }
  }

  /** Handles entry {@code k}, which differs from the first parent's bytes; its place in the first parent. */
  private int entry(RawTree tree, int k, RawTree[] parents, Found found) throws IOException {
    int[] at = new int[parents.length];
    for (int p = 0; p < parents.length; p++) {
      at[p] = parents[p].find(tree, k);
      if (at[p] >= 0 && parents[p].sameId(at[p], tree, k)) {
        return at[0]; // the same as in parent p: not new (at[0] is set, p = 0 being searched first)
      }
    }
    changed(tree, k, parents, at, found);
    return parents.length > 0 ? at[0] : -1;
  }

  private void changed(RawTree tree, int k, RawTree[] parents, int[] at, Found found) throws IOException {
    int mark = path.length();
    tree.appendName(k, path);
    if (tree.isTree(k)) {
      RawTree[] parentTrees = new RawTree[parents.length];
      for (int p = 0; p < parents.length; p++) {
        parentTrees[p] = at[p] >= 0 ? subtree(parents[p], at[p]) : RawTree.EMPTY;
      }
      RawTree subtree = subtree(tree, k);
      path.append('/');
      diff(subtree, parentTrees, found);
    } else if (tree.isFile(k)) {
      tree.copyId(k, id);
      found.blob(id, path.toString());
    } else if (tree.isGitlink(k)) {
      found.submodule(path.toString());
    }
    path.truncate(mark);
  }

  private RawTree subtree(RawTree tree, int k) throws IOException {
    tree.copyId(k, id);
    return tree(id);
  }

  private RawTree tree(AnyObjectId treeId) throws IOException {
    RawTree tree = parsed.get(treeId);
    if (tree == null) {
      tree = RawTree.parse(objects.read(treeId, Constants.OBJ_TREE));
      parsed.put(treeId.copy(), tree);
    }
    return tree;
  }

  /** Parsed trees by id, least recently used dropped first, bounded in bytes. */
  private static final class ParsedTrees extends LinkedHashMap<ObjectId, RawTree> {
    private static final long serialVersionUID = 1L;
    private final long limit;
    private long bytes;

    ParsedTrees(long limit) {
      super(256, 0.75f, true);
      this.limit = limit;
    }

    @Override
    public RawTree put(ObjectId key, RawTree value) {
      bytes += value.weight();
      RawTree old = super.put(key, value);
      if (old != null) {
        bytes -= old.weight();
      }
      return old;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<ObjectId, RawTree> eldest) {
      if (bytes > limit && size() > 1) {
        bytes -= eldest.getValue().weight();
        return true;
      }
      return false;
    }
  }
}

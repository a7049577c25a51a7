package dev.keyward.core.source.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;

/**
 * The part of one pack's delta trees that leads to wanted blobs: each wanted blob, the chain of
 * bases it is built from, and for each such object the deltas built on it. Roots are whole objects.
 */
final class DeltaForest {
  private static final int[] NONE = {};

  private final PackObjects pack;
  private final BlobIndex.Blob[] wanted;
  private final int[] firstChild;
  private final int[] childList;
  private final int[] roots;

  private DeltaForest(PackObjects pack, BlobIndex.Blob[] wanted) {
    this.pack = pack;
    this.wanted = wanted;
    boolean[] needed = new boolean[pack.count()];
    for (int i = 0; i < wanted.length; i++) {
      for (int at = i; wanted[i] != null && at >= 0 && !needed[at]; at = pack.isDelta(at) ? pack.base(at) : -1) {
        needed[at] = true;
      }
    }
    this.firstChild = new int[pack.count() + 1];
    int deltas = 0;
    List<Integer> rootList = new ArrayList<>();
    for (int i = 0; i < needed.length; i++) {
      if (needed[i] && pack.isDelta(i)) {
        firstChild[pack.base(i) + 1]++;
        deltas++;
      } else if (needed[i]) {
        rootList.add(i);
      }
    }
    for (int i = 0; i < pack.count(); i++) {
      firstChild[i + 1] += firstChild[i];
    }
    this.childList = new int[deltas];
    int[] fill = Arrays.copyOf(firstChild, pack.count());
    for (int i = 0; i < needed.length; i++) {
      if (needed[i] && pack.isDelta(i)) {
        childList[fill[pack.base(i)]++] = i;
      }
    }
    this.roots = rootList.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A forest per pack for the blobs of {@code index}; each blob is taken from the first pack that
   * has it, and blobs no pack can give are added to {@code elsewhere}.
   */
  static List<DeltaForest> of(Packs packs, BlobIndex index, List<BlobIndex.Blob> elsewhere) {
    BlobIndex.Blob[][] wanted = new BlobIndex.Blob[packs.size()][];
    for (int p = 0; p < packs.size(); p++) {
      wanted[p] = new BlobIndex.Blob[packs.get(p).count()];
    }
    for (BlobIndex.Blob blob : index.blobs()) {
      if (!place(packs, wanted, blob)) {
        elsewhere.add(blob);
      }
    }
    List<DeltaForest> forests = new ArrayList<>();
    for (int p = 0; p < packs.size(); p++) {
      forests.add(new DeltaForest(packs.get(p), wanted[p]));
    }
    return forests;
  }

  private static boolean place(Packs packs, BlobIndex.Blob[][] wanted, BlobIndex.Blob blob) {
    for (int p = 0; p < packs.size(); p++) {
      int i = packs.get(p).find(blob);
      if (i >= 0 && packs.get(p).type(i) == Constants.OBJ_BLOB) {
        wanted[p][i] = blob;
        return true;
      }
    }
    return false;
  }

  PackObjects pack() {
    return pack;
  }

  /** The whole objects that wanted blobs are built from (or that are wanted themselves). */
  int[] roots() {
    return roots;
  }

  /** The needed deltas whose base is object {@code i}. */
  int[] children(int i) {
    return firstChild[i] == firstChild[i + 1] ? NONE : Arrays.copyOfRange(childList, firstChild[i], firstChild[i + 1]);
  }

  Optional<BlobIndex.Blob> wanted(int i) {
    return Optional.ofNullable(wanted[i]);
  }

  /** The wanted blobs built from object {@code i} (and {@code i} itself if {@code self}). */
  List<BlobIndex.Blob> wantedBelow(int i, boolean self) {
    List<BlobIndex.Blob> found = new ArrayList<>();
    List<Integer> todo = new ArrayList<>();
    if (self) {
      todo.add(i);
    } else {
      Arrays.stream(children(i)).forEach(todo::add);
    }
    while (!todo.isEmpty()) {
      int at = todo.remove(todo.size() - 1);
      wanted(at).ifPresent(found::add);
      Arrays.stream(children(at)).forEach(todo::add);
    }
    return found;
  }
}

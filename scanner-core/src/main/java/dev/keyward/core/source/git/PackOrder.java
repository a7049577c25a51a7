package dev.keyward.core.source.git;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.ObjectDatabase;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Sorts blobs by where they lie in the pack files, so that reading them walks each pack forwards
 * (hash order jumps about and is several times slower). Uses JGit's pack index; loose objects, and
 * any repository whose object store is not a plain directory, keep their order at the end.
 */
final class PackOrder {
  private PackOrder() {}

  static List<ObjectId> sort(Repository repo, List<ObjectId> blobs) {
    ObjectDatabase db = repo.getObjectDatabase();
    if (!(db instanceof ObjectDirectory dir)) {
      return blobs;
    }
    List<PackIndex> packs = new ArrayList<>();
    for (Pack pack : dir.getPacks()) {
      try {
        packs.add(pack.getIndex());
      } catch (java.io.IOException e) {
        // an unreadable pack index: its objects are read in any order
      }
    }
    record Positioned(ObjectId id, long key) {}
    List<Positioned> positioned = new ArrayList<>(blobs.size());
    for (ObjectId id : blobs) {
      positioned.add(new Positioned(id, key(packs, id)));
    }
    positioned.sort(Comparator.comparingLong(Positioned::key));
    return positioned.stream().map(Positioned::id).toList();
  }

  /** Pack number in the high bits, offset in the low 40; loose objects last. */
  private static long key(List<PackIndex> packs, ObjectId id) {
    for (int i = 0; i < packs.size(); i++) {
      long offset = packs.get(i).findOffset(id);
      if (offset >= 0) {
        return ((long) i << 40) | offset;
      }
    }
    return Long.MAX_VALUE;
  }
}

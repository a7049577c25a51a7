package dev.keyward.core.source.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectIdOwnerMap;

/**
 * The distinct blobs a walk found, each with the paths it stood at and the first commit that put it
 * at each path. Filled by one thread (the walk's merge, in commit order), read afterwards by many.
 */
final class BlobIndex {
  private final ObjectIdOwnerMap<Blob> byId = new ObjectIdOwnerMap<>();
  private final List<Blob> blobs = new ArrayList<>();
  /** One String per distinct path: every version of a file shares its path. */
  private final Map<String, String> paths = new HashMap<>();

  /** A blob and where it was introduced, first introduction first. */
  static final class Blob extends ObjectIdOwnerMap.Entry {
    private Introduction[] introductions;

    private Blob(AnyObjectId id, Introduction first) {
      super(id);
      this.introductions = new Introduction[] {first};
    }

    List<Introduction> introductions() {
      return Arrays.asList(introductions);
    }
  }

  /** Records that commit {@code commit} put {@code blob} at {@code path}, unless an earlier commit did. */
  void introduce(AnyObjectId blob, String newPath, int commit) {
    String path = paths.computeIfAbsent(newPath, p -> p);
    Blob known = byId.get(blob);
    if (known == null) {
      Blob added = new Blob(blob, new Introduction(path, commit));
      byId.add(added);
      blobs.add(added);
      return;
    }
    for (Introduction intro : known.introductions) {
      if (intro.path().equals(path)) {
        return;
      }
    }
    Introduction[] more = Arrays.copyOf(known.introductions, known.introductions.length + 1);
    more[more.length - 1] = new Introduction(path, commit);
    known.introductions = more;
  }

  /** Every blob, in the order the walk first met them. */
  List<Blob> blobs() {
    return blobs;
  }

  int size() {
    return blobs.size();
  }
}

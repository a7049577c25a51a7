package dev.keyward.core.source.git;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The distinct blobs a walk found, each with the paths it stood at and the first commit that put it
 * at each path. Filled by one thread (the walk), read afterwards.
 */
final class BlobIndex {
  private final Map<ObjectId, List<Introduction>> byBlob = new HashMap<>();

  /** Records that {@code commit} put {@code blob} at {@code path}, unless an earlier commit did. */
  void introduce(ObjectId blob, String path, RevCommit commit) {
    List<Introduction> intros = byBlob.computeIfAbsent(blob.copy(), k -> new ArrayList<>(1));
    for (Introduction intro : intros) {
      if (intro.path().equals(path)) {
        return;
      }
    }
    intros.add(new Introduction(path, commit));
  }

  List<ObjectId> blobs() {
    return new ArrayList<>(byBlob.keySet());
  }

  List<Introduction> introductions(ObjectId blob) {
    return byBlob.get(blob);
  }

  int size() {
    return byBlob.size();
  }
}

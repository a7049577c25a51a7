package dev.keyward.core.source.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.lib.Repository;

/**
 * The repository's pack files that Keyward reads itself ({@link PackObjects}); objects elsewhere
 * (loose, alternates, packs it cannot index) are left to JGit. Opened once per scan.
 */
final class Packs implements AutoCloseable {
  private final List<PackObjects> packs;

  private Packs(List<PackObjects> packs) {
    this.packs = packs;
  }

  static Packs open(Repository repo) {
    List<PackObjects> packs = new ArrayList<>();
    if (repo.getObjectDatabase() instanceof ObjectDirectory dir) {
      for (Pack pack : dir.getPacks()) {
        try {
          PackObjects.open(pack.getPackFile().toPath(), pack.getIndex()).ifPresent(packs::add);
        } catch (IOException e) {
          // an unreadable index: JGit reads (or reports) this pack's objects
        }
      }
    }
    return new Packs(packs);
  }

  /** No packs: every object is read through JGit. */
  static Packs none() {
    return new Packs(List.of());
  }

  int size() {
    return packs.size();
  }

  PackObjects get(int i) {
    return packs.get(i);
  }

  @Override
  public void close() {
    packs.forEach(PackObjects::close);
  }
}

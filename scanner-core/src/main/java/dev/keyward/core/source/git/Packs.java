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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Packs.class);
  private final List<PackObjects> packs;

  private Packs(List<PackObjects> packs) {
    this.packs = packs;
  }

  static Packs open(Repository repo) {
    long start = System.nanoTime();
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
    LOG.debug("indexed {} pack(s) in {} ms", packs.size(), (System.nanoTime() - start) / 1_000_000);
    return new Packs(packs);
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

package dev.keyward.core.source.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.testkit.TestRepos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyward's own pack reading gives exactly what JGit reads, on packs full of delta chains. */
class PackReadingTest {
  @TempDir Path dir;
  private TestRepos repo;

  @BeforeEach
  void setUp() {
    repo = TestRepos.init(dir);
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 200; line++) {
      text.append("line ").append(line).append(" of a file that changes a little each commit\n");
    }
    for (int version = 0; version < 40; version++) {
      text.replace(0, 12, "version " + version + "  ");
      text.append("appended ").append(random.nextInt()).append('\n');
      repo.write("src/App.java", text.toString()).write("docs/v" + (version % 7) + ".md", "# " + version + "\n" + text)
          .commit("version " + version);
    }
    repo.gc();
  }

  @AfterEach
  void tearDown() {
    repo.close();
  }

  private Repository git() {
    return repo.git().getRepository();
  }

  @Test
  void rawObjects_everyPackedObject_sameBytesAsJgit() throws Exception {
    int deltas = 0;
    int objects = 0;
    try (Packs packs = Packs.open(git()); ObjectReader jgit = git().newObjectReader();
        RawObjects raw = new RawObjects(packs, jgit, 64 << 10)) {
      assertEquals(1, packs.size(), "gc leaves one pack");
      for (PackIndex.MutableEntry entry : packIndex()) {
        ObjectId id = entry.toObjectId();
        ObjectLoader expected = jgit.open(id);
        assertArrayEquals(expected.getCachedBytes(), raw.read(id, expected.getType()), id.name());
        objects++;
        PackObjects pack = packs.get(0);
        deltas += pack.isDelta(pack.find(id)) ? 1 : 0;
      }
    }
    assertTrue(deltas > 40, "the pack holds delta chains: " + deltas + " deltas of " + objects + " objects");
  }

  private PackIndex packIndex() throws Exception {
    Pack pack = ((ObjectDirectory) git().getObjectDatabase()).getPacks().iterator().next();
    return pack.getIndex();
  }

  @Test
  void blobReading_deltaChains_everyBlobOnceWithItsBytes() throws Exception {
    Map<ObjectId, Integer> read = new ConcurrentHashMap<>();
    List<String> skipped = new ArrayList<>();
    FragmentSink sink = new FragmentSink() {
      @Override
      public void accept(Fragment fragment) {
        // the id of the bytes as a blob: equal to the walked blob's only if the content is right
        read.merge(new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, fragment.bytes()), 1, Integer::sum);
      }

      @Override
      public void skipped(String path, SkipReason reason, String detail) {
        skipped.add(path + ": " + detail);
      }
    };
    try (Packs packs = Packs.open(git())) {
      HistoryWalk.Walked walked = new HistoryWalk(git(), packs, 2)
          .walk(HistoryWalk.commits(git(), CommitRange.of(git(), Optional.empty(), Optional.empty())), sink);
      new BlobReading(git(), packs, walked.commits(), ScanLimits.defaults(), 2).read(walked.blobs(), sink);
      assertEquals(List.of(), skipped);
      Map<ObjectId, Integer> expected = new java.util.HashMap<>();
      walked.blobs().blobs().forEach(blob -> expected.put(blob.copy(), 1));
      assertEquals(expected, read);
      assertEquals(80, expected.size(), "40 versions of App.java and 40 of the docs");
    }
  }
}

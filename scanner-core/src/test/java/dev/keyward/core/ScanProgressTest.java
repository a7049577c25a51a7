package dev.keyward.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRepos;
import dev.keyward.core.testkit.TestRules;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a progress listener sees: a view that reaches done == total when the scan ends. */
class ScanProgressTest {
  /** Records the view it is given and the calls it receives. */
  private static final class Recorder implements ProgressListener {
    final List<String> calls = new ArrayList<>();
    Supplier<ScanProgress> view;

    @Override
    public void started(Supplier<ScanProgress> progress) {
      calls.add("started");
      view = progress;
    }

    @Override
    public void finished() {
      calls.add("finished");
    }
  }

  @Test
  void workingTree_countsFilesAndSkippedEntries_totalKnownAtTheEnd() throws Exception {
    try (FileSystem fs = TestFs.unix()) {
      Path root = Files.createDirectories(fs.getPath("/p"));
      TestFs.write(root, "a.txt", "hello\n");
      TestFs.write(root, "b/c.py", "x = 1\n");
      TestFs.write(root, "big.bin", "y".repeat(64));
      Recorder recorder = new Recorder();
      Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).progress(recorder)
          .limits(ScanLimits.defaults().withMaxFileBytes(32)).build());
      assertEquals(List.of("started", "finished"), recorder.calls);
      ScanProgress end = recorder.view.get();
      assertEquals(new ScanProgress("files", 3, 3, 12), end);
    }
  }

  @Test
  void history_countsBlobs_totalIsTheDistinctBlobCount(@TempDir Path dir) throws Exception {
    try (TestRepos repo = TestRepos.init(dir)) {
      repo.write("a.txt", "one\n").commit("a");
      repo.write("a.txt", "two\n").write("b.txt", "one\n").commit("b");
      Recorder recorder = new Recorder();
      Keyward.scan(ScanRequest.builder(dir).rules(TestRules.pack()).mode(ScanMode.HISTORY).progress(recorder).build());
      ScanProgress end = recorder.view.get();
      assertEquals("blobs", end.unit());
      assertEquals(2, end.total(), "one\\n and two\\n: b.txt's blob is a.txt's first one");
      assertEquals(2, end.done());
    }
  }

  @Test
  void progress_rejectsNegativeCounts_andTotalIsOptional() {
    assertThrows(IllegalArgumentException.class, () -> new ScanProgress("files", -1, 3, 0));
    assertTrue(new ScanProgress("files", 1, -1, 0).knownTotal().isEmpty());
    assertEquals(7, new ScanProgress("files", 1, 7, 0).knownTotal().getAsLong());
  }
}

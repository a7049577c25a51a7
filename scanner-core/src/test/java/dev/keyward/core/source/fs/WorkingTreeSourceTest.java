package dev.keyward.core.source.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WorkingTreeSourceTest {
  private FileSystem fs;
  private Path root;

  /** Records what the source hands on: scanned paths and skips (path → reason). */
  private static final class Recorder implements FragmentSink {
    final Map<String, Integer> scanned = new ConcurrentHashMap<>();
    final Map<String, SkipReason> skipped = new ConcurrentHashMap<>();

    @Override
    public void accept(Fragment fragment) {
      scanned.put(fragment.origin().path(), fragment.bytes().length);
    }

    @Override
    public void skipped(String path, SkipReason reason, String detail) {
      skipped.put(path, reason);
    }

    TreeSet<String> paths() {
      return new TreeSet<>(scanned.keySet());
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = fs.getPath("/work/repo");
    Files.createDirectories(root.resolve(".git/info"));
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private Recorder scan(Path dir, boolean gitignore) throws IOException {
    Recorder r = new Recorder();
    new WorkingTreeSource(dir, gitignore, ScanLimits.defaults(), 2).scan(r);
    return r;
  }

  @Test
  void scan_honoursNestedGitignoreNegationAndExclude() throws IOException {
    TestFs.write(root, ".gitignore", "*.log\n/build/\nsecrets/\n");
    TestFs.write(root, ".git/info/exclude", "local.txt\n");
    TestFs.write(root, "app/.gitignore", "!keep.log\ngenerated/\n");
    TestFs.write(root, "a.log", "x");
    TestFs.write(root, "local.txt", "x");
    TestFs.write(root, "build/out.txt", "x");
    TestFs.write(root, "secrets/k.txt", "x");
    TestFs.write(root, "app/keep.log", "x");
    TestFs.write(root, "app/other.log", "x");
    TestFs.write(root, "app/generated/g.txt", "x");
    TestFs.write(root, "app/src/Main.java", "x");
    TestFs.write(root, ".git/config", "x");
    assertEquals(new TreeSet<>(List.of(".gitignore", "app/.gitignore", "app/keep.log", "app/src/Main.java")),
        scan(root, true).paths());
  }

  @Test
  void scan_noGitignore_includesIgnoredButNeverDotGit() throws IOException {
    TestFs.write(root, ".gitignore", "*.env\n");
    TestFs.write(root, "prod.env", "x");
    TestFs.write(root, ".git/config", "x");
    assertEquals(new TreeSet<>(List.of(".gitignore", "prod.env")), scan(root, false).paths());
  }

  @Test
  void scan_subdirectoryOfRepository_appliesParentIgnoreFiles() throws IOException {
    TestFs.write(root, ".gitignore", "*.env\n");
    TestFs.write(root, "svc/.gitignore", "tmp/\n");
    TestFs.write(root, "svc/api/prod.env", "x");
    TestFs.write(root, "svc/api/tmp/t.txt", "x");
    TestFs.write(root, "svc/api/App.java", "x");
    assertEquals(new TreeSet<>(List.of("App.java")), scan(root.resolve("svc/api"), true).paths());
  }

  @Test
  void scan_largeFile_skippedWithReason() throws IOException {
    Files.write(TestFs.write(root, "big.txt", ""), new byte[2048]);
    Recorder r = new Recorder();
    new WorkingTreeSource(root, true, ScanLimits.defaults().withMaxFileBytes(1024), 1).scan(r);
    assertEquals(SkipReason.TOO_LARGE, r.skipped.get("big.txt"));
    assertTrue(r.paths().isEmpty());
  }

  @Test
  void scan_emptyFile_scanned() throws IOException {
    TestFs.write(root, "empty.txt", "");
    assertEquals(0, scan(root, true).scanned.get("empty.txt"));
  }

  @Test
  @Timeout(10)
  void scan_symlinks_neverFollowed_brokenAndOutsideWarned() throws IOException {
    TestFs.write(root, "real/file.txt", "x");
    TestFs.write(fs.getPath("/outside"), "secret.txt", "x");
    Files.createSymbolicLink(root.resolve("link-in"), root.resolve("real/file.txt"));
    Files.createSymbolicLink(root.resolve("link-out"), fs.getPath("/outside/secret.txt"));
    Files.createSymbolicLink(root.resolve("dir-out"), fs.getPath("/outside"));
    Files.createSymbolicLink(root.resolve("broken"), root.resolve("nowhere"));
    Files.createSymbolicLink(root.resolve("real/loop"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("self"), root.resolve("self"));
    Recorder r = scan(root, true);
    assertEquals(new TreeSet<>(List.of("real/file.txt")), r.paths());
    Map<String, SkipReason> expected = new TreeMap<>(Map.of(
        "link-in", SkipReason.SYMLINK,
        "link-out", SkipReason.SYMLINK_OUTSIDE_ROOT,
        "dir-out", SkipReason.SYMLINK_OUTSIDE_ROOT,
        "broken", SkipReason.BROKEN_SYMLINK,
        "real/loop", SkipReason.SYMLINK,
        "self", SkipReason.BROKEN_SYMLINK));
    assertEquals(expected, new TreeMap<>(r.skipped));
  }

  @Test
  void scan_unreadableFile_skippedAndOthersStillScanned() throws IOException {
    TestFs.write(root, "locked.txt", "x");
    TestFs.write(root, "open.txt", "x");
    Recorder r = new Recorder();
    new WorkingTreeSource(root, true, ScanLimits.defaults(), 2, file -> {
      if (file.getFileName().toString().equals("locked.txt")) {
        throw new AccessDeniedException(file.toString());
      }
      return Files.readAllBytes(file);
    }).scan(r);
    assertEquals(SkipReason.UNREADABLE, r.skipped.get("locked.txt"));
    assertEquals(new TreeSet<>(List.of("open.txt")), r.paths());
  }

  @Test
  void scan_singleFileRoot_scansIt() throws IOException {
    Path file = TestFs.write(root, "one.py", "x = 1\n");
    assertEquals(new TreeSet<>(List.of("one.py")), scan(file, true).paths());
  }

  @Test
  void scan_unreadableDirectoryOnDisk_reportedNotThrown(@TempDir Path tmp) throws IOException {
    Path locked = Files.createDirectories(tmp.resolve("locked"));
    Files.writeString(tmp.resolve("ok.txt"), "x");
    Recorder r = new Recorder();
    boolean denied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
    try {
      new WorkingTreeSource(tmp, true, ScanLimits.defaults(), 1).scan(r);
    } finally {
      locked.toFile().setReadable(true, false);
    }
    assertEquals(new TreeSet<>(List.of("ok.txt")), r.paths());
    assertEquals(denied ? Map.of("locked", SkipReason.UNREADABLE) : Map.of(), r.skipped);
  }

  @Test
  void sizes_parseAndFormat() {
    assertEquals(10L << 20, Sizes.parse("10M"));
    assertEquals(10L << 20, Sizes.parse("10MB"));
    assertEquals(512L << 10, Sizes.parse("512k"));
    assertEquals(1L << 30, Sizes.parse("1GiB"));
    assertEquals(100, Sizes.parse("100"));
    assertEquals("1.5 MiB", Sizes.format(3L << 19));
    assertEquals("12 B", Sizes.format(12));
  }
}

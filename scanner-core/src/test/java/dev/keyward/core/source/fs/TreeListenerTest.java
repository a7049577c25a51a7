package dev.keyward.core.source.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The walk's listener: every file and directory, ignored ones flagged, {@code .git} never. */
class TreeListenerTest {
  private static final FragmentSink NO_SINK = new FragmentSink() {
    @Override
    public void accept(Fragment fragment) {}

    @Override
    public void skipped(String path, SkipReason reason, String detail) {}
  };

  private FileSystem fs;
  private Path root;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = fs.getPath("/work/repo");
    Files.createDirectories(root.resolve(".git/info"));
    TestFs.write(root, ".gitignore", "*.log\nbuild/\n");
    TestFs.write(root, "a.log", "x");
    TestFs.write(root, "src/App.java", "x");
    TestFs.write(root, "build/out/x.txt", "x");
    TestFs.write(root, ".git/config", "x");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private Map<String, Boolean> walk(boolean useGitignore, UserEnvironment user) throws IOException {
    Map<String, Boolean> seen = new TreeMap<>();
    new WorkingTreeSource(root, useGitignore, ScanLimits.defaults(), 1).withUser(user)
        .withListener((path, file, attrs, ignored) -> {
          synchronized (seen) {
            seen.put(path + (attrs.isDirectory() ? "/" : ""), ignored);
          }
        }).scan(NO_SINK);
    return seen;
  }

  private UserEnvironment nobody() {
    return new UserEnvironment(fs.getPath("/home/nobody"), Map.of());
  }

  @Test
  void walk_reportsIgnoredEntriesWithoutEnteringIgnoredDirectories() throws IOException {
    assertEquals(Map.of(".gitignore", false, "a.log", true, "build/", true, "src/", false, "src/App.java", false),
        walk(true, nobody()));
  }

  @Test
  void walk_noGitignore_entersIgnoredDirectoriesButStillFlagsThem() throws IOException {
    assertEquals(Map.of(".gitignore", false, "a.log", true, "build/", true, "build/out/", true,
        "build/out/x.txt", true, "src/", false, "src/App.java", false), walk(false, nobody()));
  }

  @Test
  void walk_globalExcludesFile_fromInjectedHome() throws IOException {
    Path home = fs.getPath("/home/dev");
    TestFs.write(home, ".gitconfig", "[core]\n  excludesfile = ~/.gitignore_global\n");
    TestFs.write(home, ".gitignore_global", "*.java\n");
    assertEquals(true, walk(true, new UserEnvironment(home, Map.of())).get("src/App.java"));
  }

  @Test
  void walk_repositoryExcludesFile_overridesGlobal() throws IOException {
    Path home = fs.getPath("/home/dev");
    TestFs.write(home, ".gitconfig", "[core]\n  excludesfile = ~/.gitignore_global\n");
    TestFs.write(home, ".gitignore_global", "*.java\n");
    TestFs.write(root, ".git/config", "[core]\n  excludesFile = /etc/repo-ignore\n");
    TestFs.write(fs.getPath("/etc"), "repo-ignore", ".gitignore\n");
    Map<String, Boolean> seen = walk(true, new UserEnvironment(home, Map.of()));
    assertEquals(false, seen.get("src/App.java"));
    assertEquals(true, seen.get(".gitignore"));
  }
}

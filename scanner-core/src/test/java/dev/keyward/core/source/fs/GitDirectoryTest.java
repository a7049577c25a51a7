package dev.keyward.core.source.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where git keeps a work tree's index, config and info/exclude: .git, or a .git file's gitdir. */
class GitDirectoryTest {
  private FileSystem fs;

  @BeforeEach
  void setUp() {
    fs = TestFs.unix();
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  @Test
  void of_dotGitDirectory() throws IOException {
    Path repo = Files.createDirectories(fs.getPath("/r/.git")).getParent();
    assertEquals(Optional.of(new GitDirectory(repo.resolve(".git"), repo.resolve(".git"))), GitDirectory.of(repo));
  }

  @Test
  void of_linkedWorktree_followsGitdirAndCommondir() throws IOException {
    Files.createDirectories(fs.getPath("/main/.git/worktrees/wt"));
    TestFs.write(fs.getPath("/main/.git/worktrees/wt"), "commondir", "../..\n");
    Path wt = Files.createDirectories(fs.getPath("/wt"));
    TestFs.write(wt, ".git", "gitdir: /main/.git/worktrees/wt\n");
    GitDirectory git = GitDirectory.of(wt).orElseThrow();
    assertEquals(fs.getPath("/main/.git/worktrees/wt/index"), git.index());
    assertEquals(fs.getPath("/main/.git/config"), git.config());
    assertEquals(fs.getPath("/main/.git/info/exclude"), git.infoExclude());
  }

  @Test
  void of_noRepositoryOrBrokenGitFile_empty() throws IOException {
    Path plain = Files.createDirectories(fs.getPath("/plain"));
    assertEquals(Optional.empty(), GitDirectory.of(plain));
    TestFs.write(plain, ".git", "gitdir: /nowhere\n");
    assertEquals(Optional.empty(), GitDirectory.of(plain));
  }
}

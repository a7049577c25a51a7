package dev.keyward.core.source.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.testkit.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk finds exactly what a plain per-commit {@link TreeWalk} diff against the parents finds (the
 * definition: a blob is introduced at a path by the first commit, in topological order from the
 * roots, whose blob there differs from every parent's), on a history of random edits, renames,
 * directory moves, file/directory swaps and merges, loose and packed.
 */
class HistoryWalkTest {
  private static final String[] DIRS = {"", "a/", "a/b/", "c/", "c/d-e/", "c.d/"};
  private static final String[] NAMES = {"x", "x.txt", "x-y", "y", "z0", "Z"};

  @TempDir Path dir;
  private TestRepos repo;
  private final Random random = new Random(7);

  @BeforeEach
  void setUp() {
    repo = TestRepos.init(dir);
  }

  @AfterEach
  void tearDown() {
    repo.close();
  }

  @Test
  void walk_randomHistory_sameAsTreeWalkDiff_looseAndPacked() throws Exception {
    build();
    Set<String> expected = reference();
    assertTrue(expected.size() > 100, "a history worth comparing: " + expected.size());
    assertTrue(expected.stream().anyMatch(intro -> intro.contains(" moved")), "a directory was moved");
    assertEquals(expected, walked());
    repo.gc();
    assertEquals(expected, walked());
  }

  private void build() throws Exception {
    repo.write("README", "start\n").commit("root");
    for (int round = 0; round < 12; round++) {
      String branch = "topic" + round;
      repo.checkout(branch, true);
      edits(4);
      repo.checkout("main", false);
      edits(3);
      MergeResult merge = repo.git().merge().include(repo.git().getRepository().resolve(branch))
          .setCommit(false).call();
      if (merge.getConflicts() != null) {
        merge.getConflicts().keySet().forEach(path -> repo.write(path, "resolved " + random.nextInt(3) + "\n"));
      }
      repo.commit("merge " + branch);
    }
  }

  private void edits(int commits) throws Exception {
    for (int c = 0; c < commits; c++) {
      for (int e = 0; e < 3; e++) {
        edit();
      }
      repo.commit("edit " + random.nextInt());
    }
  }

  /** One random change: write (often reusing content), delete, or move a file or a directory. */
  private void edit() throws Exception {
    String path = DIRS[random.nextInt(DIRS.length)] + NAMES[random.nextInt(NAMES.length)];
    Path file = dir.resolve(path);
    int op = random.nextInt(10);
    if (op < 5 && !Files.isDirectory(file) && !blockedByFile(path)) {
      repo.write(path, "content " + random.nextInt(30) + "\n");
    } else if (op < 7 && Files.isRegularFile(file)) {
      repo.delete(path);
    } else if (op < 9 && Files.isRegularFile(file)) {
      String to = DIRS[random.nextInt(DIRS.length)] + NAMES[random.nextInt(NAMES.length)];
      if (!Files.exists(dir.resolve(to)) && !blockedByFile(to)) {
        repo.write(to, Files.readString(file)).delete(path);
      }
    } else {
      Path from = dir.resolve("a");
      Path to = dir.resolve("moved" + random.nextInt(2));
      if (Files.isDirectory(from) && !Files.exists(to)) {
        Files.move(from, to);
      }
    }
  }

  /** Whether a file stands where a directory of {@code path} would have to be. */
  private boolean blockedByFile(String path) {
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (Files.isRegularFile(dir.resolve(path.substring(0, slash)))) {
        return true;
      }
    }
    return false;
  }

  private Set<String> walked() throws Exception {
    Repository git = repo.git().getRepository();
    List<String> problems = new ArrayList<>();
    FragmentSink sink = new FragmentSink() {
      @Override
      public void accept(Fragment fragment) {
        problems.add("unexpected fragment");
      }

      @Override
      public void skipped(String path, SkipReason reason, String detail) {
        problems.add(path + ": " + detail);
      }
    };
    Set<String> found = new TreeSet<>();
    try (Packs packs = Packs.open(git)) {
      HistoryWalk.Walked walked = new HistoryWalk(git, packs, 3)
          .walk(HistoryWalk.commits(git, CommitRange.of(git, Optional.empty(), Optional.empty())), sink);
      for (BlobIndex.Blob blob : walked.blobs().blobs()) {
        for (Introduction intro : blob.introductions()) {
          found.add(blob.name() + " " + intro.path() + " " + walked.commits().get(intro.commit()).name());
        }
      }
    }
    assertEquals(List.of(), problems);
    return found;
  }

  /** The definition, computed the slow way. */
  private Set<String> reference() throws Exception {
    Repository git = repo.git().getRepository();
    Set<String> found = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    try (RevWalk walk = new RevWalk(git); TreeWalk tw = new TreeWalk(git)) {
      walk.markStart(walk.parseCommit(git.resolve("main")));
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      tw.setRecursive(true);
      for (RevCommit commit : walk) {
        tw.reset(commit.getTree());
        for (RevCommit parent : commit.getParents()) {
          tw.addTree(walk.parseCommit(parent).getTree());
        }
        tw.setFilter(commit.getParentCount() == 0 ? TreeFilter.ALL : TreeFilter.ANY_DIFF);
        while (tw.next()) {
          if (!FileMode.REGULAR_FILE.equals(tw.getRawMode(0)) && !FileMode.EXECUTABLE_FILE.equals(tw.getRawMode(0))) {
            continue;
          }
          ObjectId blob = tw.getObjectId(0);
          boolean inParent = false;
          for (int p = 1; p <= commit.getParentCount(); p++) {
            inParent |= blob.equals(tw.getObjectId(p));
          }
          if (!inParent && seen.add(blob.name() + " " + tw.getPathString())) {
            found.add(blob.name() + " " + tw.getPathString() + " " + commit.name());
          }
        }
      }
    }
    return found;
  }
}

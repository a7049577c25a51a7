package dev.keyward.core.source.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanMode;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UsageException;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.source.CommitOrigin;
import dev.keyward.core.testkit.TestRepos;
import dev.keyward.core.testkit.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History scans of real repositories built with JGit. */
class HistoryScanTest {
  @TempDir Path dir;
  private TestRepos repo;

  @BeforeEach
  void setUp() {
    repo = TestRepos.init(dir);
  }

  @AfterEach
  void tearDown() {
    repo.close();
  }

  private ScanResult history(String... rangeAndBranch) throws Exception {
    ScanRequest.Builder b = ScanRequest.builder(dir).rules(TestRules.pack()).mode(ScanMode.HISTORY).threads(2);
    if (rangeAndBranch.length > 0 && !rangeAndBranch[0].isEmpty()) {
      b.range(rangeAndBranch[0]);
    }
    if (rangeAndBranch.length > 1) {
      b.branch(rangeAndBranch[1]);
    }
    return Keyward.scan(b.build());
  }

  private static List<String> where(ScanResult result) {
    return result.findings().stream().map(f -> f.origin().displayPath() + ":" + f.span().line()).toList();
  }

  private static String shortId(RevCommit c) {
    return c.name().substring(0, 10);
  }

  @Test
  void history_keyAddedThenDeleted_foundAndAttributedToTheCommitThatAddedIt() throws Exception {
    repo.write("README.md", "# demo\n").commit("Initial commit");
    RevCommit leak = repo.write("src/config.py", "\nTOKEN = '" + TestRules.token(1) + "'\n").commit("Add config\n\nbody");
    repo.delete("src/config.py").commit("Remove the key");
    ScanResult result = history();
    assertEquals(List.of("src/config.py@" + shortId(leak) + ":2"), where(result));
    CommitOrigin origin = (CommitOrigin) result.findings().get(0).origin();
    assertEquals(leak.name(), origin.commit());
    assertEquals(TestRepos.AUTHOR, origin.author());
    assertEquals(TestRepos.EMAIL, origin.email());
    assertEquals("Add config", origin.subject());
    assertEquals("2024-03-01T11:00+01:00", origin.date().toString());
    assertEquals(3, result.stats().commitsScanned());
    assertEquals(2, result.stats().blobsScanned());
  }

  @Test
  void history_sameBlobAtTwoPathsAndTwoBranches_reportedOncePerPath() throws Exception {
    String text = "t = '" + TestRules.token(2) + "'\n";
    RevCommit first = repo.write("a.txt", text).commit("a");
    repo.checkout("side", true);
    RevCommit copy = repo.write("b.txt", text).write("other.txt", "x\n").commit("copy on side");
    repo.checkout("main", false);
    repo.write("c.txt", "unrelated\n").commit("main moves on");
    ScanResult result = history();
    assertEquals(List.of("a.txt@" + shortId(first) + ":1", "b.txt@" + shortId(copy) + ":1"), where(result));
    assertEquals(3, result.stats().blobsScanned(), "a and b share one blob; other.txt and c.txt are the others");
  }

  @Test
  void history_keyOnlyOnSideBranchOrOnlyInTag_found() throws Exception {
    repo.write("README.md", "x\n").commit("base");
    repo.checkout("feature", true);
    RevCommit side = repo.write("side.env.py", "k = '" + TestRules.token(3) + "'\n").commit("side");
    repo.checkout("main", false);
    repo.git().branchDelete().setBranchNames("feature").setForce(true).call();
    repo.git().tag().setName("v1").setObjectId(side).setAnnotated(false).call();
    RevCommit base2 = repo.write("x.txt", "y\n").commit("main only");
    assertEquals(List.of("side.env.py@" + shortId(side) + ":1"), where(history()));
    assertEquals(List.of(), where(history("", "main")), "--branch main does not walk the tag");
    assertTrue(base2 != null);
  }

  @Test
  void history_range_excludesOldLeak_includesNewOne() throws Exception {
    RevCommit old = repo.write("old.txt", "t = " + TestRules.token(4) + "\n").commit("old leak");
    RevCommit mid = repo.write("mid.txt", "clean\n").commit("clean");
    RevCommit recent = repo.write("new.txt", "t = " + TestRules.token(5) + "\n").commit("new leak");
    assertEquals(List.of("new.txt@" + shortId(recent) + ":1"), where(history(mid.name() + ".." + recent.name())));
    assertEquals(List.of("new.txt@" + shortId(recent) + ":1"), where(history(mid.name())), "--since REV = REV..HEAD");
    assertEquals(List.of("new.txt@" + shortId(recent) + ":1"), where(history(old.name() + "..HEAD")));
    assertEquals(2, where(history()).size(), "without a range both leaks are found");
  }

  @Test
  void history_mergeResolutionIntroducesKey_attributedToMerge() throws Exception {
    repo.write("app.py", "base\n").commit("base");
    repo.checkout("topic", true);
    repo.write("app.py", "topic side\n").commit("topic");
    repo.checkout("main", false);
    repo.write("app.py", "main side\n").commit("main");
    repo.git().merge().include(repo.git().getRepository().resolve("topic")).call();
    RevCommit merge = repo.write("app.py", "resolved = '" + TestRules.token(6) + "'\n").commit("Merge topic");
    List<String> found = where(history());
    assertEquals(List.of("app.py@" + shortId(merge) + ":1"), found);
    assertEquals(2, merge.getParentCount());
  }

  @Test
  void history_renamedFile_reportedAtEachPathWithItsCommit() throws Exception {
    RevCommit added = repo.write("old/name.txt", "t = " + TestRules.token(7) + "\n").commit("add");
    repo.delete("old/name.txt");
    RevCommit renamed = repo.write("new/name.txt", "t = " + TestRules.token(7) + "\n").commit("rename");
    assertEquals(List.of("new/name.txt@" + shortId(renamed) + ":1", "old/name.txt@" + shortId(added) + ":1"),
        where(history()));
  }

  @Test
  void history_envFileCommittedThenDeleted_policyFindingNamesCommit() throws Exception {
    RevCommit added = repo.write(".env", "DEBUG=1\n").write(".env.example", "KEY=\n").commit("oops");
    repo.delete(".env").commit("remove .env");
    List<Finding> policies = history().findings().stream().filter(f -> f.ruleId().equals("dotenv-committed")).toList();
    assertEquals(1, policies.size());
    assertEquals(".env@" + shortId(added), policies.get(0).origin().displayPath());
    assertTrue(policies.get(0).message().contains(added.name().substring(0, 10)), policies.get(0).message());
    assertTrue(policies.get(0).secret().isEmpty());
  }

  @Test
  void history_shallowClone_warnsAndScansWhatIsThere() throws Exception {
    repo.write("a.txt", "t = " + TestRules.token(8) + "\n").commit("before the boundary");
    RevCommit boundary = repo.write("b.txt", "t = " + TestRules.token(9) + "\n").commit("boundary");
    Files.writeString(dir.resolve(".git/shallow"), boundary.name() + "\n");
    ScanResult result = history();
    assertEquals(List.of("a.txt@" + shortId(boundary) + ":1", "b.txt@" + shortId(boundary) + ":1"), where(result),
        "the boundary commit is a root: everything in its tree is attributed to it");
    assertEquals(List.of(SkipReason.SHALLOW_HISTORY), result.warnings().stream().map(ScanWarning::reason).toList());
  }

  @Test
  void history_missingBlob_warnsAndGoesOn() throws Exception {
    repo.write("gone.txt", "lost content\n").write("kept.txt", "t = " + TestRules.token(10) + "\n").commit("two files");
    ObjectId gone = repo.git().getRepository().resolve("HEAD:gone.txt");
    Files.delete(dir.resolve(".git/objects/" + gone.name().substring(0, 2) + "/" + gone.name().substring(2)));
    ScanResult result = history();
    assertEquals(1, result.findings().size());
    assertEquals(List.of(SkipReason.MISSING_OBJECT), result.warnings().stream().map(ScanWarning::reason).toList());
  }

  @Test
  void history_missingTree_warnsNamingTheCommitAndGoesOn() throws Exception {
    RevCommit first = repo.write("k.txt", "t = " + TestRules.token(17) + "\n").write("lib/deep/a.txt", "x\n").commit("one");
    RevCommit second = repo.write("other.txt", "t = " + TestRules.token(18) + "\n").commit("two");
    ObjectId gone = repo.git().getRepository().resolve("HEAD:lib/deep");
    Files.delete(dir.resolve(".git/objects/" + gone.name().substring(0, 2) + "/" + gone.name().substring(2)));
    ScanResult result = history();
    assertEquals(List.of("k.txt@" + shortId(first) + ":1", "other.txt@" + shortId(second) + ":1"), where(result));
    assertEquals(List.of(first.name()), result.warnings().stream().map(ScanWarning::path).toList());
    assertTrue(result.warnings().get(0).detail().contains(gone.name()), result.warnings().toString());
  }

  @Test
  void history_emptyRepository_scansNothingWithoutError() throws Exception {
    ScanResult result = history();
    assertEquals(0, result.stats().commitsScanned());
    assertTrue(result.findings().isEmpty());
  }

  @Test
  void history_notARepository_isUsageError(@TempDir Path plain) {
    UsageException e = assertThrows(UsageException.class, () -> Keyward.scan(
        ScanRequest.builder(plain).rules(TestRules.pack()).mode(ScanMode.HISTORY).build()));
    assertTrue(e.getMessage().startsWith("not a git repository"), e.getMessage());
  }

  @Test
  void history_unknownRevision_isUsageError() {
    repo.write("a.txt", "x\n").commit("a");
    UsageException e = assertThrows(UsageException.class, () -> history("nope..HEAD"));
    assertEquals("unknown revision 'nope' (no such branch, tag or commit)", e.getMessage());
  }

  @Test
  void history_bareCloneAndDetachedHead_work(@TempDir Path bare) throws Exception {
    RevCommit leak = repo.write("k.txt", "t = " + TestRules.token(11) + "\n").commit("leak");
    repo.write("l.txt", "x\n").commit("more");
    repo.git().checkout().setName(leak.name()).call();
    assertEquals(List.of("k.txt@" + shortId(leak) + ":1"), where(history()));
    org.eclipse.jgit.api.Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(bare.toFile())
        .setBare(true).call().close();
    ScanResult fromBare = Keyward.scan(ScanRequest.builder(bare).rules(TestRules.pack()).mode(ScanMode.HISTORY).build());
    assertEquals(List.of("k.txt@" + shortId(leak) + ":1"), where(fromBare));
  }

  @Test
  void issue3_pathWithBackslashesAndSpaces_scannedNotCrashed() throws Exception {
    String odd = "api/curl -X POST https:\\\\host \\ -d '{}'.sh";
    RevCommit leak = repo.write(odd, "t = " + TestRules.token(12) + "\n").commit("odd path");
    assertEquals(List.of(odd + "@" + shortId(leak) + ":1"), where(history()));
  }

  @Test
  void history_packedRepository_sameFindingsWarningsAndCountsAsLoose() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int version = 0; version < 30; version++) {
      text.append("line ").append(version).append(" of a growing file\n");
      if (version % 10 == 3) {
        text.append("t = '").append(TestRules.token(20 + version)).append("'\n");
      }
      repo.write("src/app.py", text.toString()).write("v" + (version % 4) + "/notes.txt", text + "#" + version)
          .commit("version " + version);
    }
    ScanResult loose = history();
    repo.gc();
    ScanResult packed = history();
    assertEquals(102, where(loose).size(), "each version of each file holding a key reports it");
    assertEquals(where(loose), where(packed));
    assertEquals(loose.warnings(), packed.warnings());
    assertEquals(loose.stats().blobsScanned(), packed.stats().blobsScanned());
    assertEquals(loose.stats().bytesScanned(), packed.stats().bytesScanned());
  }

  @Test
  void history_sameBlobAddedOnTwoBranches_attributedToTheEarlierCommit() throws Exception {
    String text = "t = '" + TestRules.token(13) + "'\n";
    repo.write("README.md", "x\n").commit("base");
    repo.checkout("side", true);
    RevCommit earlier = repo.write("conf.py", text).commit("side adds it first");
    repo.checkout("main", false);
    repo.write("conf.py", text).commit("main adds the same file later");
    repo.git().merge().include(repo.git().getRepository().resolve("side")).call();
    assertEquals(List.of("conf.py@" + shortId(earlier) + ":1"), where(history()));
  }

  @Test
  void history_directoryRenamed_reportedAtOldAndNewPathWithTheirCommits() throws Exception {
    String text = "t = '" + TestRules.token(14) + "'\n";
    RevCommit added = repo.write("conf/prod/app.py", text).write("conf/other.txt", "x\n").commit("add");
    repo.delete("conf/prod/app.py").delete("conf/other.txt");
    RevCommit moved = repo.write("settings/prod/app.py", text).write("settings/other.txt", "x\n").commit("move conf/");
    assertEquals(List.of("conf/prod/app.py@" + shortId(added) + ":1", "settings/prod/app.py@" + shortId(moved) + ":1"),
        where(history()));
  }

  @Test
  void history_subjectWrappedOverLines_joinedAsGitShowsIt() throws Exception {
    RevCommit leak = repo.write("k.py", "t = '" + TestRules.token(15) + "'\n")
        .commit("Add the production\nsettings file\n\nA body that is not part of the subject.");
    CommitOrigin origin = (CommitOrigin) history().findings().get(0).origin();
    assertEquals("Add the production settings file", origin.subject());
    assertEquals(leak.getShortMessage(), origin.subject());
  }

  @Test
  void history_corruptPackedBlob_warnsAndFindsTheRest() throws Exception {
    repo.write("broken.txt", "some text that will be damaged in the pack\n".repeat(20))
        .write("kept.txt", "t = " + TestRules.token(16) + "\n").commit("two files");
    repo.gc();
    ObjectId broken = repo.git().getRepository().resolve("HEAD:broken.txt");
    org.eclipse.jgit.internal.storage.file.Pack pack = ((org.eclipse.jgit.internal.storage.file.ObjectDirectory)
        repo.git().getRepository().getObjectDatabase()).getPacks().iterator().next();
    long offset = pack.getIndex().findOffset(broken);
    Path file = pack.getPackFile().toPath();
    file.toFile().setWritable(true);
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}), offset + 4);
    }
    ScanResult result = history();
    assertEquals(1, result.findings().size());
    assertEquals(1, result.warnings().size(), result.warnings().toString());
    assertTrue(result.warnings().get(0).path().startsWith("broken.txt@"), result.warnings().toString());
  }
}

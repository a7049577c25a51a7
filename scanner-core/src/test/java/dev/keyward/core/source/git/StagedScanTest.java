package dev.keyward.core.source.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanMode;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.UsageException;
import dev.keyward.core.source.IndexOrigin;
import dev.keyward.core.testkit.TestRepos;
import dev.keyward.core.testkit.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of what is staged, and the pre-commit hook that runs them. */
class StagedScanTest {
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

  private ScanResult staged() throws Exception {
    return Keyward.scan(ScanRequest.builder(dir).rules(TestRules.pack()).mode(ScanMode.STAGED).build());
  }

  private static List<String> where(ScanResult result) {
    return result.findings().stream().map(f -> f.origin().path() + ":" + f.span().line()).toList();
  }

  @Test
  void staged_beforeFirstCommit_findsStagedKey() throws Exception {
    repo.write("app.py", "\nt = '" + TestRules.token(1) + "'\n").stageAll();
    ScanResult result = staged();
    assertEquals(List.of("app.py:2"), where(result));
    assertTrue(result.findings().get(0).origin() instanceof IndexOrigin);
  }

  @Test
  void staged_onlyChangedBlobsAgainstHead() throws Exception {
    repo.write("old.py", "t = '" + TestRules.token(2) + "'\n").write("same.txt", "x\n").commit("old leak, committed");
    repo.write("new.py", "t = '" + TestRules.token(3) + "'\n").stageAll();
    ScanResult result = staged();
    assertEquals(List.of("new.py:1"), where(result));
    assertEquals(1, result.stats().filesScanned(), "only the staged change is read");
  }

  @Test
  void staged_keyUnstagedAgain_clean() throws Exception {
    repo.write("README.md", "x\n").commit("base");
    repo.write("app.py", "t = '" + TestRules.token(4) + "'\n").stageAll();
    repo.git().reset().addPath("app.py").call();
    assertEquals(List.of(), where(staged()));
  }

  @Test
  void staged_workTreeChangeNotStaged_notScanned() throws Exception {
    repo.write("app.py", "clean\n").commit("base");
    repo.write("app.py", "t = '" + TestRules.token(5) + "'\n");
    assertEquals(List.of(), where(staged()));
  }

  @Test
  void stagedAdvice_namesUnstageRotateAndSuppress() throws Exception {
    repo.write("app.py", "t = '" + TestRules.token(6) + "'\n").stageAll();
    String advice = StagedAdvice.text(staged(), Severity.LOW);
    assertTrue(advice.contains("app.py:1:6"), advice);
    assertTrue(advice.contains("git restore --staged app.py"), advice);
    assertTrue(advice.contains("Rotate"), advice);
    assertTrue(advice.contains("keyward:allow") || advice.contains(".keyward.yaml"), advice);
  }

  @Test
  void hook_installChainUninstall() throws Exception {
    PreCommitHook hook = PreCommitHook.of(repo.git().getRepository());
    Path file = hook.file();
    assertTrue(hook.install(new PreCommitHook.OnPath("java -jar /opt/keyward.jar"), false).startsWith("installed"));
    String ours = Files.readString(file);
    assertTrue(ours.contains("exec java -jar /opt/keyward.jar staged"), ours);
    assertTrue(Files.isExecutable(file));
    assertTrue(hook.install(new PreCommitHook.OnPath("java -jar /opt/keyward.jar"), false).startsWith("installed"), "reinstalling ours is fine");
    assertEquals("removed the Keyward pre-commit hook", hook.uninstall());
    assertTrue(Files.notExists(file));

    Files.writeString(file, "#!/bin/sh\necho existing\n");
    UsageException refused = assertThrows(UsageException.class, () -> hook.install(new PreCommitHook.OnPath("keyward"), false));
    assertTrue(refused.getMessage().contains("--chain"), refused.getMessage());
    assertEquals("#!/bin/sh\necho existing\n", Files.readString(file), "a foreign hook is never overwritten");

    assertTrue(hook.install(new PreCommitHook.OnPath("keyward"), true).contains(PreCommitHook.CHAINED));
    assertTrue(Files.readString(file).contains(PreCommitHook.CHAINED));
    assertEquals("#!/bin/sh\necho existing\n", Files.readString(file.resolveSibling(PreCommitHook.CHAINED)));
    assertEquals("removed the Keyward pre-commit hook and restored the previous hook", hook.uninstall());
    assertEquals("#!/bin/sh\necho existing\n", Files.readString(file));
    assertThrows(UsageException.class, hook::uninstall, "a foreign hook is not removed");
  }
}

package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.source.git.PreCommitHook;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestRepos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history}, {@code staged} and {@code install-hook} on real repositories. */
class GitCommandsTest {
  @TempDir Path dir;
  private TestRepos repo;
  private String key;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void setUp() {
    repo = TestRepos.init(dir);
    key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 9).text();
  }

  @AfterEach
  void tearDown() {
    repo.close();
  }

  private int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return new KeywardCli(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), dir, false,
        new PreCommitHook.JavaJar(Path.of("/opt/jdk"), Path.of("/opt/keyward.jar"))).run(args);
  }

  @Test
  void history_deletedKey_exits1_jsonNamesCommit() throws Exception {
    RevCommit leak = repo.write("agent.py", "KEY = '" + key + "'\n").commit("Add agent");
    repo.delete("agent.py").commit("Remove the key");
    assertEquals(0, run("scan", "."), "the working tree is clean now");
    assertEquals(1, run("history", ".", "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out.toString(UTF_8));
    assertEquals("anthropic-api-key", json.at("/findings/0/ruleId").asText());
    assertEquals(leak.name(), json.at("/findings/0/commit/sha").asText());
    assertEquals(2, json.at("/summary/commitsScanned").asInt());
    assertFalse(out.toString(UTF_8).contains(key));
    assertTrue(err.toString(UTF_8).startsWith("Scanned 2 commits, 1 distinct blob"), err.toString(UTF_8));
  }

  @Test
  void history_sinceExcludesOldLeak() throws Exception {
    repo.write("old.py", "KEY = '" + key + "'\n").commit("old");
    RevCommit clean = repo.write("b.txt", "x\n").commit("clean");
    assertEquals(1, run("history"));
    assertEquals(0, run("history", "--since", clean.name()));
    assertEquals(0, run("history", "--range", clean.name() + "..HEAD"));
  }

  @Test
  void history_badRevisionOrNotARepo_exits2(@TempDir Path plain) throws Exception {
    repo.write("a.txt", "x\n").commit("a");
    assertEquals(2, run("history", "--range", "nope..HEAD"));
    assertEquals("keyward: unknown revision 'nope' (no such branch, tag or commit)", err.toString(UTF_8).strip());
    assertEquals(2, run("history", plain.toString()));
    assertTrue(err.toString(UTF_8).startsWith("keyward: not a git repository"), err.toString(UTF_8));
    assertEquals(2, run("scan", "--since", "HEAD"));
    assertEquals("keyward: --range, --since and --branch apply only to 'keyward history'", err.toString(UTF_8).strip());
  }

  @Test
  void staged_key_exits1_withAdviceOnStderr_cleanAfterUnstage() throws Exception {
    repo.write("README.md", "x\n").commit("base");
    repo.write("client.py", "KEY = '" + key + "'\n").stageAll();
    assertEquals(1, run("staged"));
    String advice = err.toString(UTF_8);
    assertTrue(advice.contains("commit blocked"), advice);
    assertTrue(advice.contains("git restore --staged client.py"), advice);
    assertFalse(advice.contains(key));
    repo.git().reset().addPath("client.py").call();
    assertEquals(0, run("staged"));
  }

  @Test
  void installHook_writesHookThatRunsStaged_refusesForeign_uninstalls() throws Exception {
    assertEquals(0, run("install-hook"));
    Path hook = dir.resolve(".git/hooks/pre-commit");
    String script = Files.readString(hook);
    assertTrue(script.contains("jar='/opt/keyward.jar'"), script);
    assertTrue(script.contains("exec '/opt/jdk/bin/java' -XX:TieredStopAtLevel=1"), script);
    assertTrue(script.contains("-Xshare:on") && script.contains("mv -f \"$new\" \"$cds\""), script);
    assertTrue(script.contains("-jar \"$jar\" staged \"$(git rev-parse --show-toplevel)\""), script);
    assertEquals(0, run("install-hook", "--uninstall"));
    Files.writeString(hook, "#!/bin/sh\ntrue\n");
    assertEquals(2, run("install-hook"));
    assertTrue(err.toString(UTF_8).contains("--chain"));
    assertEquals(0, run("install-hook", "--chain"));
    assertTrue(out.toString(UTF_8).contains("pre-commit.keyward-chained"));
  }
}

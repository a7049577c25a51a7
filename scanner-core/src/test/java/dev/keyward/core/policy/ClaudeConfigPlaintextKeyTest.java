package dev.keyward.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanResult;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claude-config-plaintext-key}: Jackson-parsed, at the key's line, critical when tracked or readable. */
class ClaudeConfigPlaintextKeyTest {
  private static final String ADVICE = ": remove it and provide the key through the ANTHROPIC_API_KEY environment "
      + "variable, filled from a secrets manager";
  private FileSystem fs;
  private Path root;
  private String key;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = fs.getPath("/work/project");
    key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 11).text();
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private Collected check(String path, String json, String mode, boolean tracked) throws IOException {
    Path file = TestFs.write(root, path, json);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return Collected.check(new ClaudeConfigPlaintextKey(), root, path, tracked);
  }

  private String config() {
    return "{\n  \"numStartups\": 3,\n  \"hasCompletedOnboarding\": true,\n  \"primaryApiKey\": \"" + key
        + "\",\n  \"projects\": {}\n}\n";
  }

  @Test
  void check_primaryApiKey_privateUntracked_highAtItsLine() throws IOException {
    Collected out = check(".claude.json", config(), "rw-------", false);
    assertEquals(List.of("4 [high] .claude.json holds an Anthropic key in plain text (`primaryApiKey` on line 4)"
        + ADVICE), out.lines());
    assertFalse(out.findings.get(0).message().contains(key));
  }

  @Test
  void check_groupReadable_critical() throws IOException {
    assertEquals(List.of("4 [critical] .claude.json holds an Anthropic key in plain text (`primaryApiKey` on line 4)"
        + ADVICE + "; the file is readable by group or others: `chmod 600 .claude.json`"),
        check(".claude.json", config(), "rw-r-----", false).lines());
  }

  @Test
  void check_tracked_critical() throws IOException {
    assertEquals(List.of("4 [critical] .claude.json holds an Anthropic key in plain text (`primaryApiKey` on line 4)"
        + ADVICE + "; the file is tracked by git: `git rm --cached .claude.json` and rotate the key"),
        check(".claude.json", config(), "rw-------", true).lines());
  }

  @Test
  void check_keyMaterialElsewhere_settingsEnvBlock() throws IOException {
    String settings = "{\n  \"env\": {\n    \"ANTHROPIC_API_KEY\": \"" + key + "\"\n  }\n}\n";
    assertEquals(List.of("3 [high] .claude/settings.local.json holds an Anthropic key in plain text "
        + "(`ANTHROPIC_API_KEY` on line 3)" + ADVICE), check(".claude/settings.local.json", settings, "rw-------", false)
        .lines());
  }

  @Test
  void check_noKey_orEmptyPrimaryApiKey_nothing() throws IOException {
    assertTrue(check(".claude.json", "{\"primaryApiKey\": \"\", \"theme\": \"dark\"}", "rw-------", false)
        .findings.isEmpty());
    assertTrue(check("app/config.json", "{\"primaryApiKey\": \"" + key + "\"}", "rw-------", false).findings.isEmpty());
  }

  @Test
  void check_invalidJson_fallsBackToLines() throws IOException {
    assertEquals(List.of(2), check(".claude.json", "{\n \"primaryApiKey\": \"" + key + "\",,\n", "rw-------", false)
        .findings.stream().map(f -> f.span().line()).toList());
  }

  @Test
  void scan_trackedClaudeJsonInRealRepository_criticalAndExitWorthy(@TempDir Path tmp) throws Exception {
    Path repo = tmp.resolve("repo");
    Git git = GitFixture.init(repo);
    GitFixture.write(repo, ".claude.json", config());
    Files.setPosixFilePermissions(repo.resolve(".claude.json"), PosixFilePermissions.fromString("rw-------"));
    GitFixture.stage(git, ".claude.json");
    GitFixture.commit(git, "oops");
    ScanResult result = GitFixture.scan(repo, GitFixture.user(tmp.resolve("home")));
    List<String> found = GitFixture.findings(result, ClaudeConfigPlaintextKey.ID);
    assertEquals(1, found.size());
    assertTrue(found.get(0).startsWith(".claude.json:4 [critical]"), found.get(0));
  }
}

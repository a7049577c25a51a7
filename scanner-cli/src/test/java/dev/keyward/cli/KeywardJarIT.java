package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.testkit.FakeKeys;
import java.io.IOException;
import org.eclipse.jgit.api.Git;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a user runs it. */
@Timeout(120)
class KeywardJarIT {
  private static final Path JAR = Path.of(System.getProperty("keyward.jar", "target/keyward.jar"));
  /** The runs' user cache (XDG_CACHE_HOME): matcher databases and class-sharing archives, not in ~/.cache. */
  private static final Path CACHE = Path.of("target", "keyward-it", "cache").toAbsolutePath();

  private record Run(int exit, String out, String err) {}

  private static Run run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, List.of(), args);
  }

  private static Run run(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return exec(dir, command);
  }

  private static Run exec(Path dir, List<String> command) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("keyward-out", ".txt");
    Path stderr = Files.createTempFile("keyward-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().put("XDG_CACHE_HOME", CACHE.toString());
    Process p = builder.start();
    try {
      assertTrue(p.waitFor(100, TimeUnit.SECONDS), "keyward did not finish");
      return new Run(p.exitValue(), Files.readString(stdout, UTF_8), Files.readString(stderr, UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  @Test
  void jar_leakedKey_exits1_sarifNamesFileLineAndRule(@TempDir Path dir) throws Exception {
    String key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 7).text();
    Files.writeString(dir.resolve("agent.py"), "\nKEY = \"" + key + "\"\n");
    Run run = run(dir, "scan", ".", "--format", "sarif", "--output", "out.sarif");
    assertEquals(1, run.exit(), run.err());
    String sarif = Files.readString(dir.resolve("out.sarif"));
    // Kept for CI, which validates it with Microsoft's SARIF Multitool (the key in it is redacted).
    Path kept = Path.of("target", "keyward-it", "leak.sarif");
    Files.createDirectories(kept.getParent());
    Files.writeString(kept, sarif);
    JsonNode result = new ObjectMapper().readTree(sarif).at("/runs/0/results/0");
    assertEquals("anthropic-api-key", result.get("ruleId").asText());
    assertEquals("agent.py", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(2, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertFalse(sarif.contains(key));
    assertFalse(run.out().contains(key) || run.err().contains(key));
  }

  @Test
  void jar_badOption_exits2_noStackTrace(@TempDir Path dir) throws Exception {
    Run run = run(dir, "scan", "--no-such-option");
    assertEquals(2, run.exit());
    assertEquals("keyward: unknown option --no-such-option (see keyward --help)", run.err().strip());
  }

  @Test
  void jar_historyOfThisRepository_isClean() throws Exception {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Path sarif = Path.of("target", "keyward-it", "history.sarif").toAbsolutePath();
    Files.createDirectories(sarif.getParent());
    Run run = run(repo, "history", ".", "--format", "sarif", "--output", sarif.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.err().startsWith("Scanned "), run.err());
    assertTrue(run.err().contains(" commit"), run.err());
  }

  @Test
  void jar_installedHook_blocksAKey_writesItsStartUpArchive_thenPasses(@TempDir Path dir) throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      Run install = run(dir, "install-hook");
      assertEquals(0, install.exit(), install.err());
      String key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 11).text();
      Files.writeString(dir.resolve("agent.py"), "KEY = \"" + key + "\"\n");
      git.add().addFilepattern("agent.py").call();
      Run blocked = exec(dir, List.of("sh", ".git/hooks/pre-commit"));
      assertEquals(1, blocked.exit(), blocked.out() + blocked.err());
      assertTrue(blocked.err().contains("agent.py"), blocked.err());
      assertFalse(blocked.out().contains(key) || blocked.err().contains(key));
      Path archive = dir.resolve(".git/keyward/keyward.jsa");
      assertTrue(Files.size(archive) > 0, "the first run writes the class-data-sharing archive");
      git.rm().setCached(true).addFilepattern("agent.py").call();
      Run clean = exec(dir, List.of("sh", ".git/hooks/pre-commit"));
      assertEquals(0, clean.exit(), clean.out() + clean.err());
      assertEquals("", clean.out(), "the JVM's CDS logging stays off");
      assertEquals(0, run(dir, "install-hook", "--uninstall").exit());
      assertFalse(Files.exists(archive), "uninstalling removes the archive");
    }
  }

  @Test
  void jar_scanningCommands_runInATunedChildJvmWithAClassSharingArchive_unlessTheUserChose(@TempDir Path dir)
      throws Exception {
    try (dev.keyward.core.testkit.TestRepos repo = dev.keyward.core.testkit.TestRepos.init(dir)) {
      repo.write("a.txt", "nothing\n").commit("one");
    }
    Path archives = CACHE.resolve("keyward").resolve("cds");
    if (Files.isDirectory(archives)) { // the cache outlives a run (its matcher databases take seconds to build)
      try (var files = Files.list(archives)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
    Run child = run(dir, "history", ".", "--verbose");
    assertEquals(0, child.exit(), child.err());
    assertTrue(child.err().contains("running in a child JVM with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), child.err());
    List<Path> written;
    try (var files = Files.list(archives)) {
      written = files.toList();
    }
    assertEquals(1, written.size(), "one archive for this jar, under its final name: " + written);
    assertTrue(written.get(0).getFileName().toString().matches("keyward-[0-9a-f]{16}\\.jsa"), written.toString());
    Run again = run(dir, "scan", ".", "--verbose");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("running in a child JVM"), again.err());
    try (var files = Files.list(archives)) {
      assertEquals(written, files.toList(), "the later run maps the archive and writes none");
    }
    Run here = run(dir, List.of("-XX:+UseG1GC"), "history", ".", "--verbose");
    assertEquals(0, here.exit(), here.err());
    assertFalse(here.err().contains("child JVM"), here.err());
    assertTrue((here.out() + here.err()).contains("Scanned 1 commit"), here.out() + here.err());
  }

  @Test
  void jar_preCommitHooksManifest_runsStaged() throws Exception {
    JsonNode hooks = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
        .readTree(Path.of("..", ".pre-commit-hooks.yaml").toFile());
    assertEquals("keyward", hooks.at("/0/id").asText());
    assertEquals("keyward staged", hooks.at("/0/entry").asText());
    assertEquals("system", hooks.at("/0/language").asText());
    assertFalse(hooks.at("/0/pass_filenames").asBoolean());
  }

  @Test
  void jar_onThisRepository_isClean() throws Exception {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Run run = run(repo, "scan", ".");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("Scanned "), run.out());
  }
}

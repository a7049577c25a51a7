package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code keyward doctor} in process, on a fake home: the checklist, exit codes, --fix-permissions. */
class DoctorCliTest {
  private FileSystem fs;
  private Path cwd;
  private Path home;
  private ByteArrayOutputStream out;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    cwd = Files.createDirectories(fs.getPath("/work"));
    home = Files.createDirectories(fs.getPath("/home/dev"));
    TestFs.write(home, ".config/git/ignore", ".env\n");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private int run(Map<String, String> env, String... args) {
    out = new ByteArrayOutputStream();
    return new KeywardCli(new PrintStream(out, true, UTF_8), new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        cwd, false, env).run(args);
  }

  private void file(String relative, String text, String mode) throws IOException {
    Files.setPosixFilePermissions(TestFs.write(home, relative, text), PosixFilePermissions.fromString(mode));
  }

  @Test
  void doctor_allWell_exit0() throws IOException {
    file(".npmrc", "x\n", "rw-------");
    assertEquals(0, run(Map.of(), "doctor", "--home", "/home/dev"));
    assertTrue(out.toString(UTF_8).startsWith("Keyward doctor: /home/dev\n"), out.toString(UTF_8));
    assertTrue(out.toString(UTF_8).contains("  [ok]   ~/.npmrc: mode 600\n"), out.toString(UTF_8));
    assertTrue(out.toString(UTF_8).endsWith("All good: nothing needs fixing.\n"), out.toString(UTF_8));
  }

  @Test
  void doctor_problems_exit1_fixPermissionsThenOnlyContentLeft() throws IOException {
    String key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 5).text();
    file(".npmrc", "x\n", "rw-r--r--");
    Files.createDirectories(fs.getPath("/profiles/work"));
    file("../../profiles/work/.claude.json", "{\"primaryApiKey\": \"" + key + "\"}\n", "rw-r--r--");
    Map<String, String> env = Map.of("CLAUDE_CONFIG_DIR", "/profiles/work");
    assertEquals(1, run(env, "doctor", "--home", "/home/dev"));
    String text = out.toString(UTF_8);
    assertTrue(text.contains("  [FIX]  ~/.npmrc: mode 644 (readable by group and others)\n"
        + "         fix: chmod 600 ~/.npmrc\n"), text);
    assertTrue(text.contains("  [FIX]  /profiles/work/.claude.json: holds an Anthropic key in plain text "
        + "(`primaryApiKey` on line 1)\n"), text);
    assertTrue(!text.contains(key));

    assertEquals(1, run(env, "doctor", "--home", "/home/dev", "--fix-permissions"));
    text = out.toString(UTF_8);
    assertTrue(text.contains("changed: chmod 600 /profiles/work/.claude.json  (was 644)\n"
        + "changed: chmod 600 ~/.npmrc  (was 644)\n"
        + "After fixing permissions: 1 item still needs fixing by hand (see above).\n"), text);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".npmrc"))));
    assertEquals(1, run(env, "doctor", "--home", "/home/dev"));
  }

  @Test
  void doctor_misplacedArguments_usageErrors() {
    assertEquals(2, run(Map.of(), "doctor", "/home/dev"));
    assertEquals(2, run(Map.of(), "scan", ".", "--fix-permissions"));
  }
}

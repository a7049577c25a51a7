package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.TestFs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Policies through the command line: listed by {@code rules}, found by {@code scan}, disabled by config. */
class PolicyCliTest {
  private FileSystem fs;
  private Path cwd;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    cwd = Files.createDirectories(fs.getPath("/work"));
    Files.createDirectories(cwd.resolve("app/.git"));
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return new KeywardCli(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), cwd, false).run(args);
  }

  private String out() {
    return out.toString(UTF_8);
  }

  @Test
  void rules_listsPoliciesWithSeverityAndDescription() {
    assertEquals(0, run("rules"));
    for (String line : new String[] {
        "claude-config-plaintext-key  high      Claude Code config",
        "dockerfile-baked-secret      high      Dockerfile ENV/ARG",
        "dotenv-committed             high      Env file in git history",
        "dotenv-unignored             high      Env file",
        "insecure-permissions         medium    Credential file"}) {
      assertTrue(out().lines().anyMatch(l -> l.startsWith(line)), line + "\n" + out());
    }
    assertTrue(out().contains("\n5 policies.\n"), out());
  }

  @Test
  void rules_disabledPolicyNotListed() throws IOException {
    TestFs.write(cwd, "app/.keyward.yaml", "disable: [dockerfile-baked-secret]\n");
    assertEquals(0, run("rules", "app"));
    assertFalse(out().contains("dockerfile-baked-secret"), out());
    assertTrue(out().contains("\n4 policies.\n"), out());
  }

  @Test
  void scan_policyFindings_exit1WithFixInTheReport() throws IOException {
    Files.setPosixFilePermissions(TestFs.write(cwd, "app/.env", "DEBUG=1\n"),
        PosixFilePermissions.fromString("rw-r--r--"));
    TestFs.write(cwd, "app/Dockerfile", "FROM alpine\nCOPY .npmrc /root/\n");
    assertEquals(1, run("scan", "app"));
    assertEquals(String.join("\n",
        ".env",
        "  1:1  [high]  dotenv-unignored  .env is not ignored by git: add the line `.env` to .gitignore",
        "      fingerprint " + fingerprintOf(".env", "dotenv-unignored"),
        "  1:1  [medium]  insecure-permissions  .env has mode 644 (readable by group and others); a credential "
            + "file must be private to its owner: run `chmod 600 .env`",
        "      fingerprint " + fingerprintOf(".env", "insecure-permissions"),
        "",
        "Dockerfile",
        "  2:1  [high]  dockerfile-baked-secret  COPY puts .npmrc into the image, where its layer keeps it: mount it "
            + "for the build step that needs it (RUN --mount=type=secret) and list it in .dockerignore",
        "      fingerprint " + dev.keyward.core.finding.Fingerprint.ofPolicy("dockerfile-baked-secret", "Dockerfile",
            "COPY .npmrc").value(),
        "", ""), out().substring(0, out().indexOf("\nScanned ") + 1));
  }

  @Test
  void scan_policiesDisabledAndFixed_exit0() throws IOException {
    Files.setPosixFilePermissions(TestFs.write(cwd, "app/.env", "DEBUG=1\n"),
        PosixFilePermissions.fromString("rw-------"));
    TestFs.write(cwd, "app/.keyward.yaml", "disable: [dotenv-unignored]\n");
    assertEquals(0, run("scan", "app"), out());
    Files.delete(cwd.resolve("app/.keyward.yaml"));
    assertEquals(1, run("scan", "app"), out());
  }

  private static String fingerprintOf(String path, String id) {
    return dev.keyward.core.finding.Fingerprint.ofPolicy(id, path).value();
  }
}

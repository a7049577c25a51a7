package dev.keyward.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.JimfsProject;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeywardTest {
  @RegisterExtension final JimfsProject project = JimfsProject.at("/work/project");

  private ScanResult scan() throws Exception {
    return Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack()).threads(2).build());
  }

  @Test
  void scan_findsSecretsInFilesSortedByPathAndLine() throws Exception {
    TestFs.write(project.root(), "b/Config.java", "a\nString t = \"" + TestRules.token(1) + "\";\n");
    TestFs.write(project.root(), "a.py", "x = '" + TestRules.token(2) + "'\ny = '" + TestRules.token(3) + "'\n");
    TestFs.write(project.root(), "clean.txt", "nothing here\n");
    ScanResult result = scan();
    assertEquals(List.of("a.py:1", "a.py:2", "b/Config.java:2"),
        result.findings().stream().map(f -> f.origin().path() + ":" + f.span().line()).toList());
    assertEquals(3, result.stats().filesScanned());
    assertTrue(result.failsAt(Severity.HIGH));
    assertFalse(result.failsAt(Severity.CRITICAL));
  }

  @Test
  void scan_gitignoredSecret_skippedByDefault_foundWithoutGitignore() throws Exception {
    TestFs.write(project.root(), ".gitignore", ".env\n");
    java.nio.file.Files.setPosixFilePermissions(TestFs.write(project.root(), ".env", "TOKEN=" + TestRules.token(4) + "\n"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    assertTrue(scan().findings().isEmpty());
    ScanResult all = Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack()).useGitignore(false).build());
    assertEquals(List.of(".env"), all.findings().stream().map(f -> f.origin().path()).toList());
  }

  @Test
  void scan_binaryAndOversized_countedInSummary() throws Exception {
    Files.write(project.root().resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.write(project.root().resolve("dump.sql"), new byte[4096]);
    TestFs.write(project.root(), "App.java", "class App {}\n");
    ScanResult result = Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack())
        .limits(ScanLimits.defaults().withMaxFileBytes(1024)).build());
    assertEquals(1, result.stats().filesScanned());
    assertEquals(1L, result.stats().skipped().get(SkipReason.BINARY));
    assertEquals(1L, result.stats().skipped().get(SkipReason.TOO_LARGE));
    assertEquals(List.of("dump.sql"), result.warnings().stream().map(ScanWarning::path).toList());
    assertTrue(result.summaryLine().matches(
        "Scanned 1 file \\(13 B\\) in [0-9.]+ s: 0 findings; skipped 2 \\(1 binary, 1 too large\\)\\."),
        result.summaryLine());
  }

  @Test
  void scan_emptyTree_summarySaysNothingWasScanned() throws Exception {
    assertTrue(scan().summaryLine().endsWith("Nothing was scanned: check the path and ignore rules."));
  }

  @Test
  void scan_configAllowlistAndDisable_applied() throws Exception {
    TestFs.write(project.root(), ".keyward.yaml", "allowlist:\n  paths: ['fixtures/**']\ndisable: [test-password]\n");
    TestFs.write(project.root(), "fixtures/sample.txt", TestRules.token(5));
    TestFs.write(project.root(), "db.properties", "password=\"" + FakeKeys.expand("{b62:16}", 5).text() + "\"\n");
    TestFs.write(project.root(), "App.java", "t = \"" + TestRules.token(6) + "\"");
    List<Finding> findings = scan().findings();
    assertEquals(List.of("App.java"), findings.stream().map(f -> f.origin().path()).toList());
  }

  @Test
  void scan_fingerprint_survivesMovedLines() throws Exception {
    String token = TestRules.token(7);
    TestFs.write(project.root(), "App.java", "t = \"" + token + "\"\n");
    Finding before = scan().findings().get(0);
    TestFs.write(project.root(), "App.java", "// new header\n\n\nclass X {\n    t = \"" + token + "\"\n}\n");
    Finding after = scan().findings().get(0);
    assertEquals(5, after.span().line());
    assertEquals(before.fingerprint(), after.fingerprint());
  }

  @Test
  void scan_missingPath_isUsageError() {
    UsageException e = assertThrows(UsageException.class, () ->
        Keyward.scan(ScanRequest.builder(project.root().resolve("nope")).rules(TestRules.pack()).build()));
    assertEquals("path does not exist: /work/project/nope", e.getMessage());
  }

  @Test
  void scan_invalidConfig_isConfigErrorWithLine() throws IOException {
    TestFs.write(project.root(), ".keyward.yaml", "allowlist:\n  paths: [a]\nrulez: []\n");
    ConfigException e = assertThrows(ConfigException.class, this::scan);
    assertTrue(e.getMessage().startsWith("/work/project/.keyward.yaml:3: unknown key 'rulez'"), e.getMessage());
  }

  @Test
  void failureSummary_listsRedactedFindingsAndAdvice() throws Exception {
    String token = TestRules.token(8);
    TestFs.write(project.root(), "App.java", "t = \"" + token + "\"\n");
    String summary = scan().failureSummary(Severity.LOW);
    assertTrue(summary.contains("App.java:1:6: [high] test-token: kwte…(39 chars, redacted)"), summary);
    assertFalse(summary.contains(token));
  }

  @Test
  void failureSummary_namesSecretsAndPolicyViolationsApart() throws Exception {
    TestFs.write(project.root(), "App.java", "t = \"" + TestRules.token(9) + "\"\n");
    TestFs.write(project.root(), ".env", "DEBUG=1\n");
    String summary = scan().failureSummary(Severity.LOW);
    assertTrue(summary.startsWith("Keyward found 1 secret and 2 policy violations at or above low:"), summary);
    assertTrue(summary.contains(".env:1:1: [high] dotenv-unignored:"), summary);
  }
}

package dev.keyward.core.suppress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.testkit.Golden;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private FileSystem fs;
  private Path root;
  private Path baselineFile;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = Files.createDirectories(fs.getPath("/work/project"));
    baselineFile = fs.getPath("/work/keyward-baseline.json");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private ScanResult scan() throws Exception {
    return Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).threads(1).build());
  }

  private ScanResult scanWithBaseline(boolean update) throws Exception {
    return Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).threads(1)
        .baseline(baselineFile).updateBaseline(update).build());
  }

  private void recordBaseline() throws Exception {
    BaselineFile.write(Baseline.of(scan().findings()), baselineFile);
  }

  @Test
  void scan_baselinedFinding_suppressedAndNotFailing() throws Exception {
    TestFs.write(root, "app.py", "t = '" + TestRules.token(1) + "'\n");
    recordBaseline();

    ScanResult r = scanWithBaseline(false);

    assertTrue(r.findings().isEmpty());
    assertEquals(Suppression.Kind.BASELINE, r.suppressed().get(0).suppression().kind());
    assertFalse(r.failsAt(Severity.LOW));
    assertTrue(r.summaryLine().contains("1 suppressed (1 baseline)"), r.summaryLine());
  }

  @Test
  void scan_linesInsertedAboveBaselinedFinding_stillSuppressed() throws Exception {
    String token = TestRules.token(2);
    TestFs.write(root, "app.py", "t = '" + token + "'\n");
    recordBaseline();
    TestFs.write(root, "app.py", "import os\n\n# setup\nx = 1\nt = '" + token + "'\n");

    ScanResult r = scanWithBaseline(false);

    assertTrue(r.findings().isEmpty());
    assertEquals(5, r.suppressed().get(0).finding().span().line());
  }

  @Test
  void scan_changedSecretAtSamePlace_newFinding() throws Exception {
    TestFs.write(root, "app.py", "t = '" + TestRules.token(3) + "'\n");
    recordBaseline();
    TestFs.write(root, "app.py", "t = '" + TestRules.token(4) + "'\n");

    ScanResult r = scanWithBaseline(false);

    assertEquals(1, r.findings().size());
    assertTrue(r.suppressed().isEmpty());
    assertTrue(r.failsAt(Severity.LOW));
  }

  @Test
  void scan_updateBaseline_prunesVanishedAndAddsNone() throws Exception {
    TestFs.write(root, "a.py", "t = '" + TestRules.token(5) + "'\n");
    TestFs.write(root, "b.py", "t = '" + TestRules.token(6) + "'\n");
    recordBaseline();
    TestFs.write(root, "a.py", "# the key moved to the vault\n\nt = '" + TestRules.token(5) + "'\n");
    Files.delete(root.resolve("b.py"));
    TestFs.write(root, "c.py", "t = '" + TestRules.token(7) + "'\n");

    ScanResult r = scanWithBaseline(true);

    assertEquals(List.of("c.py"), r.findings().stream().map(f -> f.origin().path()).toList());
    Baseline updated = BaselineFile.read(baselineFile);
    assertEquals(List.of("a.py:3"), updated.entries().stream().map(e -> e.path() + ":" + e.line()).toList());
  }

  @Test
  void write_sortedDeterministicAndWithoutSecrets() throws Exception {
    String t1 = TestRules.token(8);
    String t2 = TestRules.token(9);
    TestFs.write(root, "z.py", "t = '" + t1 + "'\n");
    TestFs.write(root, "a/b.py", "x = 1\nt = '" + t2 + "'\nu = '" + t2 + "'\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BaselineFile.write(Baseline.of(scan().findings()), out);
    String json = out.toString(UTF_8);

    assertFalse(json.contains(t1) || json.contains(t2));
    assertEquals(2, Baseline.of(scan().findings()).entries().size(), "one entry per fingerprint");
    assertTrue(json.indexOf("\"a/b.py\"") < json.indexOf("\"z.py\""));
  }

  @Test
  void write_matchesGolden() throws IOException {
    Baseline baseline = new Baseline(List.of(
        new Baseline.Entry(new Fingerprint("ffffffffffffffffffffffffffffffff"), "test-token", "src/z.py", 3),
        new Baseline.Entry(new Fingerprint("0123456789abcdef0123456789abcdef"), "test-password", "config/a.yaml", 12)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BaselineFile.write(baseline, out);
    Golden.assertMatches("baseline/two-entries.json", out.toByteArray());
  }

  @Test
  void read_unknownKey_namesFileLineAndKey() throws IOException {
    Files.writeString(baselineFile, "{\n  \"version\": 1,\n  \"entries\": []\n}\n");
    ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile));
    assertTrue(e.line().isPresent(), e.getMessage());
    assertTrue(e.getMessage().startsWith(baselineFile + ":") && e.getMessage().contains("\"entries\""),
        e.getMessage());
  }

  @Test
  void read_missingFile_saysHowToCreateIt() {
    ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile));
    assertTrue(e.getMessage().contains("keyward baseline"), e.getMessage());
  }

  @Test
  void scan_fingerprintAllowlistedInConfig_listedAsAllowlistSuppression() throws Exception {
    TestFs.write(root, "app.py", "t = '" + TestRules.token(10) + "'\n");
    String fp = scan().findings().get(0).fingerprint().value();
    TestFs.write(root, ".keyward.yaml", "allowlist:\n  fingerprints: [" + fp + "]\nfail-on: critical\n");

    ScanResult r = scan();

    assertTrue(r.findings().isEmpty());
    assertEquals(Suppression.Kind.ALLOWLIST, r.suppressed().get(0).suppression().kind());
    assertEquals(Severity.CRITICAL, r.failOn());
  }
}

package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.testkit.CiReports;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, run in process: exit codes, output and error messages. */
class KeywardCliTest {
  private FileSystem fs;
  private Path cwd;
  private String key;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    cwd = Files.createDirectories(fs.getPath("/work"));
    key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 42).text();
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

  private String err() {
    return err.toString(UTF_8);
  }

  private void leak() throws IOException {
    TestFs.write(cwd, "app/client.py", "import anthropic\n\nclient = anthropic.Anthropic(api_key=\"" + key + "\")\n");
  }

  @Test
  void scan_cleanTree_exits0WithSummary() throws IOException {
    TestFs.write(cwd, "app/main.py", "print('hello')\n");
    assertEquals(0, run("scan", "app"));
    assertTrue(out().contains("Scanned 1 file"), out());
    assertTrue(out().strip().endsWith("skipped 0."), out());
  }

  @Test
  void scan_leakedKey_exits1_reportsFileLineRule_redacted() throws IOException {
    leak();
    assertEquals(1, run("scan", "app"));
    assertTrue(out().contains("client.py"), out());
    assertTrue(out().contains("anthropic-api-key"), out());
    assertTrue(out().contains("3:"), out());
    assertFalse(out().contains(key), "the key must not appear in the report");
    assertFalse(err().contains(key));
  }

  @Test
  void scan_noRedact_showsTheKey() throws IOException {
    leak();
    assertEquals(1, run("scan", "app", "--no-redact"));
    assertTrue(out().contains(key));
  }

  @Test
  void scan_sarifToFile_namesFileLineAndRule_summaryOnStderr() throws IOException {
    leak();
    assertEquals(1, run("scan", "app", "--format", "sarif", "--output", "reports/keyward.sarif"));
    String sarif = Files.readString(cwd.resolve("reports/keyward.sarif"));
    assertFalse(sarif.contains(key));
    JsonNode result = new ObjectMapper().readTree(sarif).at("/runs/0/results/0");
    assertEquals("anthropic-api-key", result.get("ruleId").asText());
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertEquals("client.py", location.at("/artifactLocation/uri").asText());
    assertEquals(3, location.at("/region/startLine").asInt());
    assertEquals(39, location.at("/region/startColumn").asInt());
    assertEquals("", out());
    assertTrue(err().startsWith("Scanned 1 file"), err());
  }

  @Test
  void scan_jsonToStdout_isParseable() throws IOException {
    leak();
    assertEquals(1, run("scan", "app", "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out());
    assertEquals("client.py", json.at("/findings/0/path").asText());
  }

  @Test
  void scan_failOnAboveFindingSeverity_exits0() throws IOException {
    String jwtLike = "password = \"" + FakeKeys.expand("{b62:24}", 3).text() + "\"\n";
    TestFs.write(cwd, "app/settings.py", jwtLike);
    assertEquals(1, run("scan", "app"));
    assertEquals(0, run("scan", "app", "--fail-on", "critical"));
  }

  @Test
  void scan_gitignoredFile_skippedUnlessNoGitignore() throws IOException {
    Files.createDirectories(cwd.resolve("app/.git"));
    TestFs.write(cwd, "app/.gitignore", ".env\n");
    Files.setPosixFilePermissions(TestFs.write(cwd, "app/.env", "ANTHROPIC_API_KEY=" + key + "\n"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    assertEquals(0, run("scan", "app"));
    assertEquals(1, run("scan", "app", "--no-gitignore"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "scan --frobnicate | keyward: unknown option --frobnicate (see keyward --help)",
      "scan missing-dir | keyward: path does not exist: /work/missing-dir",
      "scan . --fail-on severe | keyward: --fail-on: unknown severity 'severe' (expected low, medium, high or critical)",
      "scan . --format xml | keyward: unknown format 'xml' (expected text, json, sarif, junit, gitlab)",
      "scan . --threads 0 | keyward: --threads: expected a whole number from 1 to 1024, got '0'",
      "scan . --max-file-size lots | keyward: --max-file-size: invalid size 'lots' (expected a positive number of bytes, optionally with k, M or G)",
      "scan . --config nope.yaml | keyward: /work/nope.yaml: configuration file not found",
      "scan . --format | keyward: option --format needs a value",
      "launch | keyward: unknown command 'launch' (expected scan, history, staged, install-hook, baseline, config, rules, doctor, help, version)",
      "scan . --format sarif,json | keyward: several formats need --output-dir DIR (one file per format)",
      "scan . --format sarif,sarif --output-dir r | keyward: format 'sarif' given twice",
      "scan . --output a --output-dir r | keyward: --output and --output-dir contradict each other",
      "scan . --update-baseline | keyward: --update-baseline needs --baseline FILE",
      "scan . --baseline none.json | keyward: /work/none.json: baseline file not found (create it with `keyward baseline`)",
      "config | keyward: config needs --print",
      "scan a b | keyward: too many arguments: b (one PATH at most)",
  })
  void badUsage_exits2WithOneClearLine(String args, String message) {
    assertEquals(2, run(args.split(" ")));
    assertEquals(message, err().strip());
    assertFalse(err().contains("\tat "), "no stack trace");
  }

  @Test
  void scan_invalidRuleInConfig_exits2NamingFileAndLine() throws IOException {
    TestFs.write(cwd, "app/.keyward.yaml", "rules:\n  - id: team-token\n    title: Team\n    severity: high\n"
        + "    keywords: [team_]\n    regex: '(?<secret>team_[0-9]{10}'\n");
    assertEquals(2, run("scan", "app"));
    assertTrue(err().startsWith("keyward: /work/app/.keyward.yaml:2: rule 'team-token': regex does not compile"),
        err());
  }

  @Test
  void scan_unwritableOutput_exits2() throws IOException {
    TestFs.write(cwd, "app/main.py", "x = 1\n");
    TestFs.write(cwd, "blocker", "a file, not a directory");
    assertEquals(2, run("scan", "app", "--output", "blocker/report.txt"));
    assertTrue(err().startsWith("keyward: cannot write the report to /work/blocker/report.txt"), err());
  }

  @Test
  void rules_listsEveryRuleWithSeverityAndReference() {
    assertEquals(0, run("rules"));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("anthropic-api-key") && l.contains("critical")), out());
    assertTrue(out().contains("https://"), out());
    assertTrue(out().strip().matches("(?s).*\\n\\d+ rules\\.\\n.*\\n\\d+ policies\\."), out());
  }

  @Test
  void help_and_version_exit0() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("usage: keyward <command>"));
    assertTrue(out().contains("--fail-on"));
    assertEquals(0, run());
    assertEquals(0, run("--version"));
    assertTrue(out().startsWith("keyward "));
  }

  @Test
  void scan_allFindingsBaselined_exits0_newFinding_exits1() throws IOException {
    leak();
    assertEquals(0, run("baseline", "app", "--output", "app/.keyward-baseline.json"));
    assertTrue(err().contains("recorded 1 fingerprints in /work/app/.keyward-baseline.json"), err());
    assertFalse(Files.readString(cwd.resolve("app/.keyward-baseline.json")).contains(key));

    assertEquals(0, run("scan", "app", "--baseline", "app/.keyward-baseline.json"));
    assertTrue(out().contains("1 suppressed (1 baseline)"), out());

    String other = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 43).text();
    TestFs.write(cwd, "app/worker.py", "KEY = \"" + other + "\"\n");
    assertEquals(1, run("scan", "app", "--baseline", "app/.keyward-baseline.json"));
    assertTrue(out().contains("worker.py") && !out().contains("client.py:"), out());
  }

  @Test
  void scan_updateBaseline_prunesFixedFinding() throws IOException {
    leak();
    assertEquals(0, run("baseline", "app", "--output", "base.json"));
    TestFs.write(cwd, "app/client.py", "import os\nclient = Anthropic(api_key=os.environ['ANTHROPIC_API_KEY'])\n");
    assertEquals(0, run("scan", "app", "--baseline", "base.json", "--update-baseline"));
    assertTrue(new ObjectMapper().readTree(Files.readString(cwd.resolve("base.json"))).get("findings").isEmpty());
  }

  @Test
  void baseline_withoutOutput_writesJsonToStdout() throws IOException {
    leak();
    assertEquals(0, run("baseline", "app"));
    JsonNode entry = new ObjectMapper().readTree(out()).at("/findings/0");
    assertEquals("anthropic-api-key", entry.get("ruleId").asText());
    assertEquals("client.py", entry.get("path").asText());
    assertEquals(3, entry.get("line").asInt());
  }

  @Test
  void scan_severalFormats_oneValidFilePerFormat() throws IOException {
    leak();
    assertEquals(1, run("scan", "app", "--format", "sarif,json,junit,gitlab,text", "--output-dir", "out"));
    for (String name : new String[] {"keyward.sarif", "keyward.json", "keyward.xml", "gl-secret-detection-report.json",
        "keyward.txt"}) {
      String content = Files.readString(cwd.resolve("out").resolve(name));
      assertFalse(content.contains(key), name);
      assertTrue(content.contains("anthropic-api-key"), name);
    }
    CiReports.assertValidJunit(Files.readAllBytes(cwd.resolve("out/keyward.xml")));
    CiReports.assertValidGitlab(Files.readAllBytes(cwd.resolve("out/gl-secret-detection-report.json")));
    assertEquals("", out());
    assertTrue(err().startsWith("Scanned 1 file"), err());
  }

  @Test
  void scan_inlineAllow_exits0_noInlineAllow_exits1() throws IOException {
    TestFs.write(cwd, "app/client.py", "# keyward:allow anthropic-api-key revoked key kept for the parser test\n"
        + "client = anthropic.Anthropic(api_key=\"" + key + "\")\n");
    assertEquals(0, run("scan", "app"));
    assertTrue(out().contains("1 suppressed (1 inline)"), out());
    assertEquals(1, run("scan", "app", "--no-inline-allow"));
  }

  @Test
  void scan_inlineAllowed_listedInSarifAsInSource() throws IOException {
    TestFs.write(cwd, "app/client.py", "client = anthropic.Anthropic(api_key=\"" + key + "\")  # keyward:allow\n");
    assertEquals(0, run("scan", "app", "--format", "sarif"));
    JsonNode result = new ObjectMapper().readTree(out()).at("/runs/0/results/0");
    assertEquals("inSource", result.at("/suppressions/0/kind").asText());
  }

  @Test
  void scan_failOnFromConfig_commandLineWins() throws IOException {
    leak(); // critical
    TestFs.write(cwd, "app/settings.py", "password = \"" + FakeKeys.expand("{b62:24}", 3).text() + "\"\n");
    TestFs.write(cwd, "app/.keyward.yaml", "fail-on: critical\nallowlist:\n  paths: ['client.py']\n");
    assertEquals(0, run("scan", "app"));
    assertEquals(1, run("scan", "app", "--fail-on", "low"));
  }

  @Test
  void config_print_showsEffectiveConfiguration() throws IOException {
    TestFs.write(cwd, "app/.keyward.yaml", "fail-on: high\ndisable: [jwt]\n");
    assertEquals(0, run("config", "app", "--print"));
    assertTrue(out().startsWith("# effective configuration; read from /work/app/.keyward.yaml\nfail-on: high\n"
        + "disable: ['jwt']\n"), out());
  }

  @Test
  void config_unknownKey_exits2NamingFileLineAndKey() throws IOException {
    TestFs.write(cwd, "app/.keyward.yaml", "fail-on: high\nfailOn: low\n");
    assertEquals(2, run("config", "app", "--print"));
    assertTrue(err().startsWith("keyward: /work/app/.keyward.yaml:2: unknown key 'failOn'"), err());
  }
}

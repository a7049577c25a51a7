package dev.keyward.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Excerpt;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.finding.Span;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InlineAllowTest {
  /**
   * One comment syntax: the file, a line assigning the token, a whole-line comment, and the
   * assignment with a trailing comment (identity when the language has none).
   */
  record Syntax(String name, String file, UnaryOperator<String> assign, UnaryOperator<String> comment,
      Optional<UnaryOperator<String>> trailing) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Syntax> syntaxes() {
    return Stream.of(
        new Syntax("java", "src/App.java", t -> "    String t = \"" + t + "\";", c -> "    // " + c,
            Optional.of(t -> "    String t = \"" + t + "\"; // " + "%s")),
        new Syntax("python", "app.py", t -> "t = '" + t + "'", c -> "# " + c,
            Optional.of(t -> "t = '" + t + "'  # %s")),
        new Syntax("yaml", "config/app.yaml", t -> "  token: " + t, c -> "  # " + c,
            Optional.of(t -> "  token: " + t + "  # %s")),
        new Syntax("properties", "app.properties", t -> "token=" + t, c -> "! " + c, Optional.empty()),
        new Syntax("xml", "pom.xml", t -> "  <token>" + t + "</token>", c -> "  <!-- " + c + " -->",
            Optional.of(t -> "  <token>" + t + "</token> <!-- %s -->")),
        new Syntax("shell", "deploy.sh", t -> "export TOKEN=" + t, c -> "# " + c,
            Optional.of(t -> "export TOKEN=" + t + " # %s")),
        new Syntax("js", "web/app.js", t -> "const t = \"" + t + "\";", c -> "/* " + c + " */",
            Optional.of(t -> "const t = \"" + t + "\"; // %s")),
        new Syntax("sql", "db/seed.sql", t -> "INSERT INTO k VALUES ('" + t + "');", c -> "-- " + c,
            Optional.of(t -> "INSERT INTO k VALUES ('" + t + "'); -- %s")),
        new Syntax("ini", "app.ini", t -> "token = " + t, c -> "; " + c, Optional.empty()),
        new Syntax("batch", "run.bat", t -> "set TOKEN=" + t, c -> "REM " + c, Optional.empty()));
  }

  private FileSystem fs;
  private Path root;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = Files.createDirectories(fs.getPath("/work/project"));
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private ScanResult scan(Syntax s, String... lines) throws Exception {
    TestFs.write(root, s.file(), String.join("\n", lines) + "\n");
    return Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).threads(1).build());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_noMarker_found(Syntax s) throws Exception {
    ScanResult r = scan(s, "first", s.assign().apply(TestRules.token(1)));
    assertEquals(1, r.findings().size());
    assertTrue(r.suppressed().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_markerOnLineAbove_suppressedWithReason(Syntax s) throws Exception {
    ScanResult r = scan(s, s.comment().apply("keyward:allow fixture for the parser tests"),
        s.assign().apply(TestRules.token(2)));
    assertTrue(r.findings().isEmpty(), s + ": " + r.findings());
    assertEquals(List.of(new Suppression(Suppression.Kind.INLINE, "fixture for the parser tests")),
        r.suppressed().stream().map(SuppressedFinding::suppression).toList());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_markerOnSameLine_suppressed(Syntax s) throws Exception {
    if (s.trailing().isEmpty()) {
      return; // the language has no trailing comments
    }
    String line = String.format(s.trailing().get().apply(TestRules.token(3)), "keyward:allow");
    ScanResult r = scan(s, line);
    assertTrue(r.findings().isEmpty(), s + ": " + r.findings());
    assertEquals(1, r.suppressed().size());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_markerTwoLinesAbove_stillFound(Syntax s) throws Exception {
    ScanResult r = scan(s, s.comment().apply("keyward:allow"), "", s.assign().apply(TestRules.token(4)));
    assertEquals(1, r.findings().size());
    assertTrue(r.suppressed().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_markerForThatRule_suppressed(Syntax s) throws Exception {
    ScanResult r = scan(s, s.comment().apply("keyward:allow test-token rotated on 2026-01-02"),
        s.assign().apply(TestRules.token(5)));
    assertTrue(r.findings().isEmpty());
    assertEquals("rotated on 2026-01-02", r.suppressed().get(0).suppression().justification());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_markerForAnotherRule_stillFound(Syntax s) throws Exception {
    ScanResult r = scan(s, s.comment().apply("keyward:allow test-password"), s.assign().apply(TestRules.token(6)));
    assertEquals(1, r.findings().size());
    assertTrue(r.suppressed().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("syntaxes")
  void scan_noInlineAllow_markerIgnored(Syntax s) throws Exception {
    TestFs.write(root, s.file(), s.comment().apply("keyward:allow") + "\n" + s.assign().apply(TestRules.token(7)) + "\n");
    ScanResult r = Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).inlineAllow(false).build());
    assertEquals(1, r.findings().size());
  }

  @Test
  void scan_markerInCodeNotComment_stillFound() throws Exception {
    Syntax java = syntaxes().findFirst().orElseThrow();
    ScanResult r = scan(java, "String note = \"keyward:allow\" + \"" + TestRules.token(8) + "\";");
    assertEquals(1, r.findings().size());
  }

  @Test
  void scan_markerPrefixOfLongerWord_stillFound() throws Exception {
    Syntax python = syntaxes().skip(1).findFirst().orElseThrow();
    ScanResult r = scan(python, "# keyward:allowed? no", python.assign().apply(TestRules.token(9)));
    assertEquals(1, r.findings().size());
  }

  @Test
  void suppressedFinding_failsNothing() throws Exception {
    Syntax python = syntaxes().skip(1).findFirst().orElseThrow();
    ScanResult r = scan(python, "# keyward:allow", python.assign().apply(TestRules.token(10)));
    assertTrue(!r.failsAt(Severity.LOW));
    assertTrue(r.summaryLine().contains("1 suppressed (1 inline)"), r.summaryLine());
  }

  @Test
  void check_markerInsideTheSecret_notAnAllow() {
    String line = "value: #keyward:allow x";
    String secret = "#keyward:allow x";
    int start = line.indexOf(secret);
    Secret s = new Secret(secret);
    Finding f = new Finding("test-password", Severity.MEDIUM, "found", new FileOrigin("a.yaml"),
        new Span(1, start + 1, 1, start + 1 + secret.length()), s, new Excerpt(line, start, start + secret.length()),
        Fingerprint.of("test-password", s, "a.yaml"));
    InlineAllow allow = InlineAllow.of(line + "\n", Set.of("test-password")).orElseThrow();
    assertEquals(Optional.empty(), allow.check(f));
  }

  @Test
  void of_textWithoutMarker_empty() {
    assertEquals(Optional.empty(), InlineAllow.of("nothing to see\n", Set.of()));
  }
}

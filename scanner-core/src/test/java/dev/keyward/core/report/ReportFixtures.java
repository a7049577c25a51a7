package dev.keyward.core.report;

import dev.keyward.core.ConfigException;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanStats;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.Severity;
import dev.keyward.core.SkipReason;
import dev.keyward.core.finding.Excerpt;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.finding.Span;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.suppress.SuppressedFinding;
import dev.keyward.core.suppress.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Scan results built by hand for the report tests: fixed root, rules, stats and obviously fake
 * secrets, so that reports are byte-for-byte reproducible.
 */
final class ReportFixtures {
  static final Path ROOT = Path.of("/work/project");
  static final String API_SECRET = "fixture-secret-value-0001";
  static final String DB_SECRET = "fixture-password-0002";
  static final String CAFE_SECRET = "fixture-secret-value-0003";
  static final List<String> SECRETS = List.of(API_SECRET, DB_SECRET, CAFE_SECRET);

  static final ReportSettings REDACTED = new ReportSettings(true, false, "1.2.3");
  static final ReportSettings REVEALED = new ReportSettings(false, false, "1.2.3");
  static final ReportSettings COLOR = new ReportSettings(true, true, "1.2.3");

  static final RulePack RULES = rules("""
      rules:
        - id: example-api-key
          title: Example API key
          description: An API key for the Example service; it grants full access to the account.
          severity: critical
          keywords: [fixture-secret]
          regex: '(?<secret>fixture-secret-[a-z]+-[0-9]{4})'
          references: [https://example.com/docs/api-keys, https://example.com/docs/rotate]
        - id: example-db-password
          title: Example database password
          severity: high
          keywords: [db.password]
          regex: 'db\\.password=(?<secret>\\S+)'
          references: [https://example.com/docs/database]
        - id: example-webhook-token
          title: Example webhook token
          description: A token that lets anyone post to an Example webhook.
          severity: low
          keywords: [webhook]
          regex: 'webhook_token=(?<secret>[a-z0-9-]{20,})'
      """);

  private ReportFixtures() {}

  /** Two findings in two files, one warning, and skipped and allowlisted counts. */
  static ScanResult twoFindings() {
    List<Finding> findings = List.of(
        finding("src/main/java/App.java", 7, "    String key = \"" + API_SECRET + "\";", API_SECRET,
            "example-api-key"),
        finding("config/app.properties", 3, "db.password=" + DB_SECRET, DB_SECRET, "example-db-password"));
    List<ScanWarning> warnings = List.of(
        new ScanWarning("assets/video.mp4", SkipReason.TOO_LARGE, "20.0 MiB, over the 10.0 MiB limit"));
    ScanStats stats = new ScanStats(3, 5_321, Map.of(SkipReason.TOO_LARGE, 1L, SkipReason.BINARY, 2L), 1,
        Duration.ZERO);
    return new ScanResult(ROOT, findings, warnings, stats, RULES);
  }

  /**
   * One finding reported, and one each suppressed inline (with a reason), by an allowlisted
   * fingerprint and by the baseline.
   */
  static ScanResult withSuppressed() {
    Finding reported = finding("config/app.properties", 3, "db.password=" + DB_SECRET, DB_SECRET,
        "example-db-password");
    List<SuppressedFinding> suppressed = List.of(
        new SuppressedFinding(finding("src/main/java/App.java", 8, "    String key = \"" + API_SECRET + "\";",
            API_SECRET, "example-api-key"), new Suppression(Suppression.Kind.INLINE, "test fixture, never deployed")),
        new SuppressedFinding(finding("docs/setup.md", 12, "KEY=" + CAFE_SECRET, CAFE_SECRET, "example-api-key"),
            new Suppression(Suppression.Kind.ALLOWLIST, "fingerprint allowlisted in .keyward.yaml")),
        new SuppressedFinding(finding("config/legacy.properties", 1, "db.password=" + DB_SECRET, DB_SECRET,
            "example-db-password"), new Suppression(Suppression.Kind.BASELINE, "in baseline .keyward-baseline.json")));
    ScanStats stats = new ScanStats(4, 2_048, Map.of(), 0, Duration.ZERO);
    return new ScanResult(ROOT, List.of(reported), List.of(), stats, RULES, suppressed, Severity.LOW);
  }

  /** Nothing found in two files. */
  static ScanResult clean() {
    return new ScanResult(ROOT, List.of(), List.of(), new ScanStats(2, 812, Map.of(), 0, Duration.ZERO), RULES);
  }

  /** A finding in a file whose path has a space and non-ASCII characters. */
  static ScanResult unicodePath() {
    Finding f = finding("docs/release notes/café ☕.env", 1, "KEY=" + CAFE_SECRET, CAFE_SECRET,
        "example-api-key");
    return new ScanResult(ROOT, List.of(f), List.of(), new ScanStats(1, 30, Map.of(), 0, Duration.ZERO), RULES);
  }

  /** A result with the given findings and otherwise fixed content. */
  static ScanResult withFindings(List<Finding> findings) {
    return new ScanResult(ROOT, findings, List.of(), new ScanStats(1, 100, Map.of(), 0, Duration.ZERO), RULES);
  }

  /** A finding of {@code ruleId} on {@code line}, where {@code lineText} holds {@code secret} once. */
  static Finding finding(String path, int line, String lineText, String secret, String ruleId) {
    Rule rule = RULES.byId(ruleId).orElseThrow();
    return finding(path, line, lineText, secret, ruleId, rule.severity(), rule.title() + " found");
  }

  /** A finding whose rule need not be in {@link #RULES}. */
  static Finding finding(String path, int line, String lineText, String secret, String ruleId,
      dev.keyward.core.Severity severity, String message) {
    int start = lineText.indexOf(secret);
    if (start < 0) {
      throw new IllegalArgumentException("the line does not hold the secret");
    }
    int end = start + secret.length();
    Secret s = new Secret(secret);
    return new Finding(ruleId, severity, message, new FileOrigin(path),
        new Span(line, start + 1, line, end + 1), s, new Excerpt(lineText, start, end),
        Fingerprint.of(ruleId, s, path));
  }

  /** What {@code format} writes for {@code result}. */
  static byte[] write(ReportFormat format, ScanResult result, ReportSettings settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.writer().write(result, settings, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static RulePack rules(String yaml) {
    try {
      return RulePack.of(RuleLoader.read(yaml, "test"));
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }
}

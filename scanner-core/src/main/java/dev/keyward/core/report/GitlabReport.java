package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.source.CommitOrigin;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * GitLab's secret-detection report ({@code gl-secret-detection-report.json}, report schema
 * {@value #SCHEMA_VERSION}), for {@code artifacts: reports: secret_detection:}.
 *
 * <ul>
 *   <li>{@code scan.start_time}/{@code end_time} are required by the schema but would make the report
 *       differ on every run; both are the fixed {@value #FIXED_TIME}, so the same scan always gives the
 *       same bytes. GitLab tracks vulnerabilities by identifiers and location, not by these times.
 *   <li>{@code location.commit.sha} is required; a working-tree scan has no commit, so it is
 *       {@value #NO_COMMIT}, as other analyzers write; history findings carry their commit.
 *   <li>{@code id} is a name-based UUID of fingerprint, line and column: stable, and distinct for the
 *       same secret twice in one file.
 *   <li>{@code raw_source_code_extract} (the line with the secret) appears only with redaction off.
 *   <li>Suppressed findings (inline, allowlisted, baselined) are left out: the schema has no
 *       suppression field, and GitLab's own dismissals live in GitLab.
 *   <li>Schema 15 dropped the deprecated {@code category}, {@code message}, {@code cve},
 *       {@code confidence} and per-vulnerability {@code scanner}, so none is written; the report type
 *       is {@code scan.type}.
 * </ul>
 */
final class GitlabReport implements ReportWriter {
  static final String SCHEMA_VERSION = "15.0.6";
  static final String FIXED_TIME = "1970-01-01T00:00:00";
  static final String NO_COMMIT = "0000000";
  static final String SCAN_TYPE = "secret_detection";
  static final String IDENTIFIER_TYPE = "keyward_rule_id";
  static final String SOLUTION = "Rotate the secret first: it is leaked once committed. Then read it from the "
      + "environment or a secret manager instead of the code.";

  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException {
    JsonOutput.write(document(result, settings), out);
  }

  static Document document(ScanResult result, ReportSettings settings) {
    Component tool = new Component(JsonReport.TOOL_NAME, SarifReport.DRIVER_NAME, settings.toolVersion(),
        new Vendor(SarifReport.DRIVER_NAME));
    Scan scan = new Scan(tool, tool, SCAN_TYPE, "success", FIXED_TIME, FIXED_TIME);
    return new Document(SCHEMA_VERSION, scan,
        result.findings().stream().map(f -> vulnerability(f, result, settings.redact())).toList());
  }

  private static Vulnerability vulnerability(Finding f, ScanResult result, boolean redact) {
    String description = result.rules().byId(f.ruleId()).map(Rule::description).orElse(f.message());
    String name = result.rules().byId(f.ruleId()).map(Rule::title).orElse(f.ruleId());
    String sha = f.origin() instanceof CommitOrigin c ? c.commit() : NO_COMMIT;
    Location location = new Location(f.origin().path(), f.span().line(), f.span().endLine(), new Commit(sha));
    Identifier identifier = new Identifier(IDENTIFIER_TYPE, "Keyward rule " + f.ruleId(), f.ruleId());
    return new Vulnerability(id(f), name, description, severity(f.severity()),
        f.secret().isPresent() ? SOLUTION : f.message(), List.of(identifier), location,
        redact ? null : f.excerpt().reveal());
  }

  /** A stable UUID for one occurrence. */
  static String id(Finding f) {
    String key = f.fingerprint().value() + ":" + f.origin().displayPath() + ":" + f.span().line() + ":"
        + f.span().column();
    return UUID.nameUUIDFromBytes(key.getBytes(UTF_8)).toString();
  }

  static String severity(Severity s) {
    String id = s.id();
    return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
  }

  record Document(String version, Scan scan, List<Vulnerability> vulnerabilities) {}

  record Scan(Component analyzer, Component scanner, String type, String status,
      @JsonProperty("start_time") String startTime, @JsonProperty("end_time") String endTime) {}

  record Component(String id, String name, String version, Vendor vendor) {}

  record Vendor(String name) {}

  /** {@code raw_source_code_extract} (the line, secret included) only with redaction off. */
  record Vulnerability(String id, String name, String description, String severity, String solution,
      List<Identifier> identifiers, Location location,
      @JsonProperty("raw_source_code_extract") @JsonInclude(JsonInclude.Include.NON_NULL)
      String rawSourceCodeExtract) {}

  record Identifier(String type, String name, String value) {}

  @JsonPropertyOrder({"file", "start_line", "end_line", "commit"})
  record Location(String file, @JsonProperty("start_line") int startLine,
      @JsonProperty("end_line") int endLine, Commit commit) {}

  record Commit(String sha) {}
}

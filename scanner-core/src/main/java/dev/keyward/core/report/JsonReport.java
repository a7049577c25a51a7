package dev.keyward.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanStats;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.finding.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine-readable report: tool, summary, findings (in report order) and warnings. It holds no
 * elapsed time, so the same result always gives the same bytes. The secret itself appears only when
 * {@link ReportSettings#redact()} is false.
 */
final class JsonReport implements ReportWriter {
  static final String TOOL_NAME = "keyward";

  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException {
    JsonOutput.write(document(result, settings), out);
  }

  static Document document(ScanResult result, ReportSettings settings) {
    return new Document(
        new Tool(TOOL_NAME, settings.toolVersion()),
        summary(result),
        result.findings().stream().map(f -> entry(f, settings.redact(), null)).toList(),
        result.suppressed().stream()
            .map(s -> entry(s.finding(), settings.redact(),
                new SuppressionEntry(s.suppression().kind().id(), s.suppression().justification())))
            .toList(),
        result.warnings().stream().map(JsonReport::entry).toList());
  }

  private static Summary summary(ScanResult result) {
    ScanStats stats = result.stats();
    Map<Severity, Long> counts = result.countsBySeverity();
    BySeverity bySeverity = new BySeverity(
        counts.getOrDefault(Severity.CRITICAL, 0L), counts.getOrDefault(Severity.HIGH, 0L),
        counts.getOrDefault(Severity.MEDIUM, 0L), counts.getOrDefault(Severity.LOW, 0L));
    Map<String, Long> skipped = new TreeMap<>();
    stats.skipped().forEach((reason, n) -> skipped.put(reason.id(), n));
    return new Summary(stats.filesScanned(), stats.bytesScanned(), result.findings().size(), bySeverity,
        stats.allowlisted(), result.suppressed().size(), skipped, stats.commitsScanned(), stats.blobsScanned());
  }

  private static FindingEntry entry(Finding f, boolean redact, SuppressionEntry suppressed) {
    Span span = f.span();
    return new FindingEntry(f.ruleId(), f.severity().id(), f.message(), f.origin().path(),
        span.line(), span.column(), span.endLine(), span.endColumn(),
        f.excerpt().render(redact), redact ? null : f.secret().map(Secret::reveal).orElse(null), f.fingerprint().value(),
        suppressed, CommitInfo.of(f.origin()));
  }

  private static WarningEntry entry(ScanWarning w) {
    return new WarningEntry(w.path(), w.reason().id(), w.detail());
  }

  /**
   * The whole report. {@code findings} are the ones that count; {@code suppressed} were found and
   * accepted (inline, allowlisted fingerprint, baseline), each with its {@code suppressed} reason.
   */
  record Document(Tool tool, Summary summary, List<FindingEntry> findings, List<FindingEntry> suppressed,
      List<WarningEntry> warnings) {}

  record Tool(String name, String version) {}

  /** What was covered; {@code skipped} maps a skip reason's label to its count. */
  record Summary(long filesScanned, long bytesScanned, long findings, BySeverity bySeverity,
      long allowlisted, long suppressed, Map<String, Long> skipped,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long commitsScanned,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long blobsScanned) {}

  /** Always all four severities, most severe first, so the shape never changes. */
  record BySeverity(long critical, long high, long medium, long low) {}

  /**
   * One finding. {@code secret} is null (and left out of the JSON) unless redaction is off; with
   * redaction off {@code excerpt} shows the secret too, so {@link #toString()} leaves both out.
   */
  record FindingEntry(String ruleId, String severity, String message, String path, int line, int column,
      int endLine, int endColumn, String excerpt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
      String fingerprint, @JsonInclude(JsonInclude.Include.NON_NULL) SuppressionEntry suppressed,
      @JsonInclude(JsonInclude.Include.NON_NULL) CommitInfo commit) {
    @Override
    public String toString() {
      return "FindingEntry[" + ruleId + " at " + path + ":" + line + ":" + column + ", " + fingerprint + "]";
    }
  }

  record WarningEntry(String path, String reason, String detail) {}

  /** Why a listed finding does not count: {@code inline}, {@code allowlist} or {@code baseline}. */
  record SuppressionEntry(String kind, String justification) {}
}

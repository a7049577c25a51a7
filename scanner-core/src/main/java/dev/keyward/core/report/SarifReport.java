package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import dev.keyward.core.report.sarif.ArtifactContent;
import dev.keyward.core.report.sarif.ArtifactLocation;
import dev.keyward.core.report.sarif.Invocation;
import dev.keyward.core.report.sarif.Location;
import dev.keyward.core.report.sarif.Message;
import dev.keyward.core.report.sarif.Notification;
import dev.keyward.core.report.sarif.NotificationProperties;
import dev.keyward.core.report.sarif.PhysicalLocation;
import dev.keyward.core.report.sarif.Region;
import dev.keyward.core.report.sarif.Result;
import dev.keyward.core.report.sarif.ResultProperties;
import dev.keyward.core.report.sarif.Run;
import dev.keyward.core.report.sarif.SarifLog;
import dev.keyward.core.report.sarif.Suppression;
import dev.keyward.core.report.sarif.Tool;
import dev.keyward.core.report.sarif.ToolComponent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for code-scanning services: one run whose driver lists every rule that ran, results in
 * report order with paths relative to {@code %SRCROOT%} (the scan root), {@code partialFingerprints}
 * from Keyward's fingerprint, and warnings as tool execution notifications. No times, so the log is
 * deterministic. Messages always show the secret redacted; the snippet shows it only with redaction
 * off. Suppressed findings are results too, with {@code suppressions} ({@code inSource} for a
 * {@code keyward:allow} comment, {@code external} for an allowlisted fingerprint or the baseline), so
 * code-scanning services show them as dismissed rather than never knowing of them.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SARIF_VERSION = "2.1.0";
  static final String DRIVER_NAME = "Keyward";
  static final String INFORMATION_URI = "https://github.com/keyward/keyward";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "keyward/v1";
  static final String COLUMN_KIND = "utf16CodeUnits";


  /** Semantic Versioning 2.0.0, as SARIF's {@code semanticVersion} requires. */
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  /** Characters a relative URI path may hold as they are; everything else is percent-encoded. */
  private static final String URI_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";

  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException {
    JsonOutput.write(log(result, settings), out);
  }

  static SarifLog log(ScanResult result, ReportSettings settings) {
    SarifRules rules = SarifRules.of(result);
    String version = settings.toolVersion();
    ToolComponent driver = new ToolComponent(DRIVER_NAME, version,
        SEMVER.matcher(version).matches() ? version : null, INFORMATION_URI, rules.descriptors());
    Run run = new Run(new Tool(driver),
        List.of(invocation(result)),
        Map.of(SRCROOT, new ArtifactLocation(rootUri(result.root()), null)),
        COLUMN_KIND,
        results(result, rules, settings));
    return new SarifLog(SCHEMA, SARIF_VERSION, List.of(run));
  }

  /** Reported and suppressed findings together, in report order; suppressed ones carry suppressions. */
  private static List<Result> results(ScanResult result, SarifRules rules, ReportSettings settings) {
    List<Map.Entry<Finding, List<Suppression>>> all = new ArrayList<>();
    result.findings().forEach(f -> all.add(Map.entry(f, List.of())));
    result.suppressed().forEach(s -> all.add(Map.entry(s.finding(), List.of(suppression(s.suppression())))));
    all.sort(Map.Entry.comparingByKey(Finding.ORDER));
    return all.stream().map(e -> result(e.getKey(), e.getValue(), rules, settings)).toList();
  }

  private static Suppression suppression(dev.keyward.core.suppress.Suppression s) {
    return new Suppression(s.kind().sarifKind(), s.justification().isEmpty() ? null : s.justification());
  }

  private static Result result(Finding f, List<Suppression> suppressions, SarifRules rules,
      ReportSettings settings) {
    Span span = f.span();
    Region region = new Region(span.line(), span.column(), span.endLine(), span.endColumn(),
        new ArtifactContent(f.excerpt().render(settings.redact())));
    Location location = new Location(new PhysicalLocation(fileLocation(f.origin().path()), region));
    Message message = new Message(SarifRules.sentence(f.secret().isEmpty() ? f.message() : f.message() + ": " + f.redactedSecret()));
    return new Result(f.ruleId(), rules.indexOf(f.ruleId()), SarifRules.level(f.severity()), message,
        List.of(location), Map.of(FINGERPRINT_KEY, f.fingerprint().value()),
        suppressions, new ResultProperties(f.severity().id(), CommitInfo.of(f.origin())));
  }

  private static Invocation invocation(ScanResult result) {
    List<Notification> notifications = result.warnings().stream().map(SarifReport::notification).toList();
    return new Invocation(true, notifications);
  }

  private static Notification notification(ScanWarning w) {
    Location location = new Location(new PhysicalLocation(fileLocation(w.path()), null));
    return new Notification("warning", new Message(SarifRules.sentence(w.message())), List.of(location),
        new NotificationProperties(w.reason().id()));
  }

  private static ArtifactLocation fileLocation(String relativePath) {
    return new ArtifactLocation(encodePath(relativePath), SRCROOT);
  }

  /** The scan root as an absolute URI ending in '/', as {@code originalUriBaseIds} requires. */
  static String rootUri(Path root) {
    String uri = root.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /**
   * A relative path as a relative URI reference: UTF-8, percent-encoded except unreserved characters,
   * sub-delimiters, '@' and '/' ({@code my notes/café.env} → {@code my%20notes/caf%C3%A9.env}). ':' is
   * encoded so that a first segment can never read as a scheme.
   */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && URI_SAFE.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}

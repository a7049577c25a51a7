package dev.keyward.core;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.fs.Sizes;
import dev.keyward.core.suppress.SuppressedFinding;
import dev.keyward.core.suppress.Suppression;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The outcome of a scan: findings in report order, warnings, statistics, and the rules that ran.
 *
 * @param root the absolute scan root (reports make paths relative to it)
 * @param suppressed findings accepted inline, by fingerprint allowlist or by the baseline: listed in
 *     reports, never failing
 * @param failOn the effective threshold: {@code --fail-on}, else the configuration's, else low
 */
public record ScanResult(Path root, List<Finding> findings, List<ScanWarning> warnings, ScanStats stats,
    RulePack rules, List<SuppressedFinding> suppressed, Severity failOn) {
  /** A result without suppressed findings, failing at low. */
  public ScanResult(Path root, List<Finding> findings, List<ScanWarning> warnings, ScanStats stats, RulePack rules) {
    this(root, findings, warnings, stats, rules, List.of(), Severity.LOW);
  }

  public ScanResult {
    suppressed = suppressed.stream().sorted(SuppressedFinding.ORDER).toList();
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(root, "root");
    findings = findings.stream().sorted(Finding.ORDER).toList();
    warnings = warnings.stream()
        .sorted(java.util.Comparator.comparing(ScanWarning::path).thenComparing(ScanWarning::reason))
        .toList();
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(rules, "rules");
  }

  /** Whether any (unsuppressed) finding is at or above {@link #failOn()}. */
  public boolean fails() {
    return failsAt(failOn);
  }

  /** Suppressed findings per kind ({@code inline}, {@code allowlist}, {@code baseline}), in kind order. */
  public Map<Suppression.Kind, Long> suppressedByKind() {
    Map<Suppression.Kind, Long> counts = new EnumMap<>(Suppression.Kind.class);
    suppressed.forEach(s -> counts.merge(s.suppression().kind(), 1L, Long::sum));
    return counts;
  }

  /** Whether any finding is at or above {@code threshold}: the exit code and the build gate use this. */
  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** Findings per severity, most severe first, only those present. */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return counts;
  }

  /**
   * One line that says what was covered, so that a scan that scanned nothing never passes for a
   * clean one: {@code Scanned 120 files (1.2 MiB) in 0.4 s: 2 findings (1 critical, 1 high);
   * skipped 3 (2 binary, 1 too large).}
   */
  public String summaryLine() {
    StringBuilder sb = new StringBuilder();
    if (stats.commitsScanned() > 0) {
      sb.append("Scanned ").append(plural(stats.commitsScanned(), "commit")).append(", ")
          .append(plural(stats.blobsScanned(), "distinct blob"));
    } else {
      sb.append("Scanned ").append(plural(stats.filesScanned(), "file"));
    }
    sb.append(" (").append(Sizes.format(stats.bytesScanned())).append(')')
        .append(String.format(Locale.ROOT, " in %.1f s", stats.elapsed().toMillis() / 1000.0))
        .append(": ").append(plural(findings.size(), "finding"));
    if (!findings.isEmpty()) {
      StringJoiner bySeverity = new StringJoiner(", ", " (", ")");
      List<Severity> order = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
      Map<Severity, Long> counts = countsBySeverity();
      order.stream().filter(counts::containsKey).forEach(s -> bySeverity.add(counts.get(s) + " " + s.id()));
      sb.append(bySeverity);
    }
    if (stats.allowlisted() > 0) {
      sb.append("; ").append(stats.allowlisted()).append(" allowlisted");
    }
    if (!suppressed.isEmpty()) {
      StringJoiner byKind = new StringJoiner(", ", " (", ")");
      suppressedByKind().forEach((kind, n) -> byKind.add(n + " " + kind.id()));
      sb.append("; ").append(suppressed.size()).append(" suppressed").append(byKind);
    }
    sb.append("; skipped ").append(stats.skippedTotal());
    if (!stats.skipped().isEmpty()) {
      StringJoiner why = new StringJoiner(", ", " (", ")");
      stats.skipped().forEach((reason, n) -> why.add(n + " " + reason.label()));
      sb.append(why);
    }
    if (stats.filesScanned() == 0) {
      sb.append(". Nothing was scanned: check the path and ignore rules");
    }
    return sb.append('.').toString();
  }

  /**
   * The message a failing build or hook shows: each finding at or above {@code threshold},
   * redacted, then how to deal with them.
   */
  public String failureSummary(Severity threshold) {
    List<Finding> failing = findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    StringBuilder sb = new StringBuilder();
    long secrets = failing.stream().filter(f -> f.secret().isPresent()).count();
    String what = secrets == failing.size() ? plural(secrets, "secret")
        : secrets == 0 ? plural(failing.size(), "policy violation")
        : plural(secrets, "secret") + " and " + plural(failing.size() - secrets, "policy violation");
    sb.append("Keyward found ").append(what)
        .append(" at or above ").append(threshold.id()).append(":\n");
    for (Finding f : failing) {
      sb.append("  ").append(f.origin().displayPath()).append(':').append(f.span().line())
          .append(':').append(f.span().column()).append(": [").append(f.severity().id()).append("] ")
          .append(f.ruleId()).append(": ").append(f.secret().isEmpty() ? f.message() : f.redactedSecret())
          .append('\n');
    }
    sb.append("Rotate any real key first: it is leaked once committed. Then remove it from the code (read it from "
        + "the environment or a secret manager), or, for a false positive, mark it with a `keyward:allow` comment or allowlist its fingerprint in "
        + ".keyward.yaml.");
    return sb.toString();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

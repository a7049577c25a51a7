package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI test reporters (Jenkins {@code junit}, GitLab {@code artifacts:reports:junit},
 * GitHub test-report actions), in the shape of the Jenkins/Ant JUnit schema: {@code <testsuites>},
 * one {@code <testsuite>} per rule (every rule that ran, in id order), and in it one
 * {@code <testcase>} per file with findings of that rule (a {@code <failure>} listing them,
 * redacted), per file with only suppressed findings (a {@code <skipped>} saying why), or, for a rule
 * without findings, one passing {@code no findings} case, so the report is never empty. All times
 * are 0, so the report is deterministic.
 */
final class JunitReport implements ReportWriter {
  static final String CLEAN_CASE = "no findings";

  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException {
    Map<String, RuleCases> byRule = group(result);
    int tests = byRule.values().stream().mapToInt(RuleCases::tests).sum();
    int failures = byRule.values().stream().mapToInt(RuleCases::failures).sum();
    int skipped = byRule.values().stream().mapToInt(RuleCases::skipped).sum();
    Writer w = new OutputStreamWriter(out, UTF_8);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<testsuites name=\"keyward\"" + counts(tests, failures, skipped) + ">\n");
    for (Map.Entry<String, RuleCases> rule : byRule.entrySet()) {
      writeSuite(w, rule.getKey(), rule.getValue(), settings);
    }
    w.write("</testsuites>\n");
    w.flush();
  }

  private static void writeSuite(Writer w, String ruleId, RuleCases cases, ReportSettings settings)
      throws IOException {
    w.write("  <testsuite name=\"" + attr(ruleId) + "\"" + counts(cases.tests(), cases.failures(), cases.skipped())
        + ">\n");
    if (cases.tests() == 1 && cases.byPath.isEmpty()) {
      w.write("    <testcase name=\"" + CLEAN_CASE + "\" classname=\"" + attr(ruleId) + "\" time=\"0\"/>\n");
    }
    for (Map.Entry<String, FileCase> file : cases.byPath.entrySet()) {
      w.write("    <testcase name=\"" + attr(file.getKey()) + "\" classname=\"" + attr(ruleId) + "\" time=\"0\">\n");
      FileCase c = file.getValue();
      if (!c.reported.isEmpty()) {
        Finding first = c.reported.get(0);
        String message = first.message() + " in " + first.origin().displayPath()
            + (c.reported.size() == 1 ? "" : " (" + c.reported.size() + " findings)");
        w.write("      <failure message=\"" + attr(message) + "\" type=\"" + first.severity().id() + "\">");
        for (Finding f : c.reported) {
          w.write(text(describe(f, settings)));
        }
        for (SuppressedFinding s : c.suppressed) {
          w.write(text(describe(s.finding(), settings) + "  (suppressed: " + s.suppression().kind().id() + ")\n"));
        }
        w.write("</failure>\n");
      } else {
        SuppressedFinding s = c.suppressed.get(0);
        String why = c.suppressed.size() + " suppressed (" + s.suppression().kind().id()
            + (s.suppression().justification().isEmpty() ? "" : ": " + s.suppression().justification()) + ")";
        w.write("      <skipped message=\"" + attr(why) + "\"/>\n");
      }
      w.write("    </testcase>\n");
    }
    w.write("  </testsuite>\n");
  }

  private static String describe(Finding f, ReportSettings settings) {
    return f.origin().displayPath() + ":" + f.span().line() + ":" + f.span().column() + " [" + f.severity().id()
        + "] " + f.ruleId() + ": " + f.message() + "\n    " + f.excerpt().render(settings.redact()).strip()
        + "\n    fingerprint " + f.fingerprint().value() + "\n";
  }

  private static Map<String, RuleCases> group(ScanResult result) {
    Map<String, RuleCases> byRule = new TreeMap<>();
    for (Rule r : result.rules().rules()) {
      byRule.put(r.id(), new RuleCases());
    }
    for (Finding f : result.findings()) {
      byRule.computeIfAbsent(f.ruleId(), id -> new RuleCases()).file(f).reported.add(f);
    }
    for (SuppressedFinding s : result.suppressed()) {
      byRule.computeIfAbsent(s.finding().ruleId(), id -> new RuleCases()).file(s.finding()).suppressed.add(s);
    }
    return byRule;
  }

  private static String counts(int tests, int failures, int skipped) {
    return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
        + "\" time=\"0\"";
  }

  /** Text content: markup characters escaped, control characters shown as escapes (XML 1.0 forbids most). */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      sb.append(TextReport.printable(line)).append('\n');
    }
    sb.setLength(sb.length() - 1);
    return sb.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** An attribute value (always double-quoted). */
  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** The test cases of one rule, by display path. */
  private static final class RuleCases {
    final Map<String, FileCase> byPath = new TreeMap<>();

    FileCase file(Finding f) {
      return byPath.computeIfAbsent(f.origin().displayPath(), p -> new FileCase());
    }

    int tests() {
      return byPath.isEmpty() ? 1 : byPath.size();
    }

    int failures() {
      return (int) byPath.values().stream().filter(c -> !c.reported.isEmpty()).count();
    }

    int skipped() {
      return (int) byPath.values().stream().filter(c -> c.reported.isEmpty()).count();
    }
  }

  /** What one rule found in one file; findings arrive in report order. */
  private static final class FileCase {
    final List<Finding> reported = new ArrayList<>();
    final List<SuppressedFinding> suppressed = new ArrayList<>();
  }
}

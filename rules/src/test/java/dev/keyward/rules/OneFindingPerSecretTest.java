package dev.keyward.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.testkit.FakeKeys;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No rule example is reported twice: whatever other rule (the catch-alls above all) also matches an
 * example's secret gives way to the example's own rule, so one key is one finding.
 */
class OneFindingPerSecretTest {
  private static PackScan packScan;

  @BeforeAll
  static void load() throws Exception {
    packScan = PackScan.builtin();
  }

  @TestFactory
  Stream<DynamicTest> everyExample_isReportedOnlyByItsOwnRule() {
    return PackScan.perCase(packScan.pack(), Rule::exampleCases, "example", (rule, ex, example, seed) -> {
      List<String> onSecret = scan(example.text(), ex.file()).stream().filter(f -> covers(f, example))
          .map(Finding::ruleId).toList();
      assertEquals(List.of(rule.id()), onSecret, example + " (seed " + seed + ")");
    });
  }

  /** Whether the finding overlaps the example's marked secret (compared by line and column). */
  private static boolean covers(Finding f, FakeKeys.Expansion example) {
    int line = example.secretLine();
    int column = example.secretColumn();
    String secret = example.secret();
    int lines = (int) secret.chars().filter(c -> c == '\n').count();
    int endLine = line + lines;
    int endColumn = lines == 0 ? column + secret.length() : secret.length() - secret.lastIndexOf('\n');
    boolean startsBeforeEnd = f.span().line() < endLine
        || f.span().line() == endLine && f.span().column() < endColumn;
    boolean endsAfterStart = f.span().endLine() > line
        || f.span().endLine() == line && f.span().endColumn() > column;
    return startsBeforeEnd && endsAfterStart;
  }

  private static List<Finding> scan(String text, String path) {
    return packScan.scan(text, path);
  }
}

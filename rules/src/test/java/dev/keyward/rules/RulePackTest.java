package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule of the default pack finds its examples, and only them. */
class RulePackTest {
  private static final Path RULE_DIR = Path.of("src/main/resources/dev/keyward/rules");

  private static PackScan packScan;

  @BeforeAll
  static void load() throws Exception {
    packScan = PackScan.builtin();
  }

  @Test
  void index_listsEveryRuleFile() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(RULE_DIR)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
    List<String> indexed = Files.readAllLines(RULE_DIR.resolve("index.txt"), UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    assertEquals(files, indexed);
  }

  @Test
  void pack_hasTheRequiredFamilies() {
    List<String> ids = packScan.pack().rules().stream().map(Rule::id).toList();
    for (String prefix : List.of("anthropic-", "aws-", "github-", "gitlab-", "slack-", "stripe-", "openai-",
        "google-", "gcp-", "azure-", "npm-", "private-key", "jwt", "generic-")) {
      assertTrue(ids.stream().anyMatch(id -> id.startsWith(prefix)), "no rule starting with " + prefix);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRule_isDocumentedAndHasExamplesAndNegatives() {
    return packScan.pack().rules().stream().map(rule -> dynamicTest(rule.id(), () -> {
      assertFalse(rule.references().isEmpty(), rule.id() + " cites no reference for its format");
      assertTrue(rule.references().stream().allMatch(r -> r.startsWith("https://")), "references are https URLs");
      assertTrue(rule.examples().size() >= 2, rule.id() + " needs at least two examples");
      assertTrue(rule.negatives().size() >= 2, rule.id() + " needs at least two negatives");
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExample_isFoundOnceAtItsMarkedPlace() {
    return PackScan.perCase(packScan.pack(), Rule::exampleCases, "example", (rule, ex, example, seed) -> {
      assertTrue(example.hasMarkedSecret(), "mark the secret with « » in: " + ex.template());
      List<Finding> own = scan(example.text(), ex.file()).stream().filter(f -> f.ruleId().equals(rule.id())).toList();
      assertEquals(1, own.size(), rule.id() + " should find exactly one secret in " + example + " (seed " + seed + ")");
      Finding f = own.get(0);
      assertEquals(example.secretLine(), f.span().line(), "line in " + example);
      assertEquals(example.secretColumn(), f.span().column(), "column in " + example);
      assertTrue(example.secret().equals(f.secret().orElseThrow().reveal()), "secret extent in " + example + " (seed " + seed + ")");
    });
  }

  @TestFactory
  Stream<DynamicTest> noNegative_isFound() {
    return PackScan.perCase(packScan.pack(), Rule::negativeCases, "negative", (rule, ex, negative, seed) -> {
      List<String> hits = scan(negative.text(), ex.file()).stream().map(Finding::ruleId)
          .filter(rule.id()::equals).toList();
      assertEquals(List.of(), hits, "negative " + negative + " (seed " + seed + ")");
    });
  }

  @Test
  void ruleFiles_themselvesHoldNoKeyShapedString() throws Exception {
    ScanResult result = Keyward.scan(ScanRequest.builder(RULE_DIR).threads(1).build());
    assertEquals(List.of(), result.findings().stream().map(f -> f.ruleId() + "@" + f.origin().path()).toList());
    assertTrue(result.stats().filesScanned() > 1, result.summaryLine());
  }

  private static List<Finding> scan(String text, String path) {
    return packScan.scan(text, path);
  }
}

package dev.keyward.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's rule table lists exactly the rules of the default pack, with their severities. */
class ReadmeRuleTableTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (low|medium|high|critical) \\|", Pattern.MULTILINE);

  @Test
  void readme_ruleTable_matchesThePack() throws Exception {
    String all = Files.readString(Path.of("../README.md"));
    String readme = all.substring(all.indexOf("\n## Rules\n"), all.indexOf("\n## ", all.indexOf("\n## Rules\n") + 1));
    Matcher m = ROW.matcher(readme);
    StringBuilder listed = new StringBuilder();
    while (m.find()) {
      listed.append(m.group(1)).append(' ').append(m.group(2)).append('\n');
    }
    List<Rule> rules = RulePack.builtin().rules();
    String expected = rules.stream().map(r -> r.id() + " " + r.severity().id() + "\n").collect(Collectors.joining());
    assertEquals(expected, listed.toString(), "update the rule table in README.md");
  }
}

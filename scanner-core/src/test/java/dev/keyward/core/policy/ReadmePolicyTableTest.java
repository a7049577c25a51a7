package dev.keyward.core.policy;

import dev.keyward.core.config.PolicySettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's policy table lists exactly the registered policies, with their severities. */
class ReadmePolicyTableTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9-]+)` \\| (low|medium|high|critical)\\b", Pattern.MULTILINE);

  @Test
  void readme_policyTable_matchesTheRegistry() throws Exception {
    String all = Files.readString(Path.of("../README.md"));
    int start = all.indexOf("\n## Policies\n");
    String section = all.substring(start, all.indexOf("\n## ", start + 1));
    Matcher m = ROW.matcher(section);
    StringBuilder listed = new StringBuilder();
    while (m.find()) {
      listed.append(m.group(1)).append(' ').append(m.group(2)).append('\n');
    }
    String expected = Policies.all(PolicySettings.defaults()).stream()
        .map(p -> p.id() + " " + p.severity().id() + "\n").collect(Collectors.joining());
    assertEquals(expected, listed.toString(), "update the policy table in README.md");
    assertEquals(Policies.ids(), Policies.all(PolicySettings.defaults()).stream().map(Policy::id).toList());
    assertEquals(Policies.ids().stream().sorted().toList(), Policies.ids(), "the registry is sorted by id");
  }
}

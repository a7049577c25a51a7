package dev.keyward.core.config;

import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.rule.Rule;
import java.util.List;
import java.util.Set;

/**
 * The effective contents of a {@code .keyward.yaml}: rules added or overriding built-in ones (same
 * id), built-in rules disabled, and an allowlist applied to every rule.
 *
 * @param source the file it came from, or {@code (none)}
 */
public record KeywardConfig(String source, List<Rule> rules, Set<String> disabledRules, Allowlist allowlist) {
  public KeywardConfig {
    rules = List.copyOf(rules);
    disabledRules = Set.copyOf(disabledRules);
  }

  public static KeywardConfig empty() {
    return new KeywardConfig("(none)", List.of(), Set.of(), Allowlist.empty());
  }
}

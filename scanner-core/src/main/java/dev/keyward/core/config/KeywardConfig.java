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
 * @param disabledRules the rule and policy ids under {@code disable:}
 * @param policies the policy settings under {@code policies:}
 */
public record KeywardConfig(String source, List<Rule> rules, Set<String> disabledRules, Allowlist allowlist,
    PolicySettings policies) {
  public KeywardConfig {
    rules = List.copyOf(rules);
    disabledRules = Set.copyOf(disabledRules);
    java.util.Objects.requireNonNull(policies, "policies");
  }

  /** A configuration with the default policy settings. */
  public KeywardConfig(String source, List<Rule> rules, Set<String> disabledRules, Allowlist allowlist) {
    this(source, rules, disabledRules, allowlist, PolicySettings.defaults());
  }

  public static KeywardConfig empty() {
    return new KeywardConfig("(none)", List.of(), Set.of(), Allowlist.empty());
  }
}

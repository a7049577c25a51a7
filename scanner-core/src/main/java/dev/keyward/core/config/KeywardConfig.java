package dev.keyward.core.config;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.Severity;
import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.rule.Rule;
import java.util.List;
import java.util.Set;

/**
 * The effective contents of a {@code .keyward.yaml}: rules added or overriding built-in ones (same
 * id), built-in rules disabled, an allowlist applied to every rule, the default failure threshold
 * and the policy settings.
 *
 * @param source the file it came from, or {@code (none)}
 * @param failOn {@code fail-on:}, the threshold when the command line gives none (default low)
 */
public record KeywardConfig(String source, List<Rule> rules, Set<String> disabledRules, Allowlist allowlist,
    Severity failOn, PolicySettings policies) {
  public KeywardConfig {
    requireNonNull(source, "source");
    rules = List.copyOf(rules);
    disabledRules = Set.copyOf(disabledRules);
    requireNonNull(allowlist, "allowlist");
    requireNonNull(failOn, "failOn");
    requireNonNull(policies, "policies");
  }

  public KeywardConfig(String source, List<Rule> rules, Set<String> disabledRules, Allowlist allowlist) {
    this(source, rules, disabledRules, allowlist, Severity.LOW, PolicySettings.defaults());
  }

  public static KeywardConfig empty() {
    return new KeywardConfig("(none)", List.of(), Set.of(), Allowlist.empty());
  }
}

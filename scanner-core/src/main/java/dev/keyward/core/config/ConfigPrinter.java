package dev.keyward.core.config;

import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.rule.Rule;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code keyward config --print}: the effective configuration as YAML that {@link ConfigLoader}
 * reads back to the same configuration. Deterministic: every key always present, lists sorted (rules
 * by id), strings single-quoted.
 */
public final class ConfigPrinter {
  private ConfigPrinter() {}

  public static String print(KeywardConfig config) {
    StringBuilder sb = new StringBuilder();
    sb.append("# effective configuration; read from ").append(config.source()).append('\n');
    sb.append("fail-on: ").append(config.failOn().id()).append('\n');
    sb.append("disable: ").append(list(config.disabledRules())).append('\n');
    sb.append("allowlist:\n");
    allowlist(sb, config.allowlist(), "  ", true);
    policies(sb, config.policies());
    List<Rule> rules = config.rules().stream().sorted(java.util.Comparator.comparing(Rule::id)).toList();
    sb.append("rules:").append(rules.isEmpty() ? " []" : "").append('\n');
    rules.forEach(r -> rule(sb, r));
    return sb.toString();
  }

  /** The whole credential-file list, so the output reads back to the same settings. */
  private static void policies(StringBuilder sb, PolicySettings policies) {
    sb.append("policies:\n  credential-files:\n");
    for (dev.keyward.core.policy.CredentialPattern p : policies.credentialFiles()) {
      sb.append("    - ");
      if (p.contentPattern().isPresent()) {
        sb.append("{pattern: ").append(quote(p.pattern())).append(", containing: ").append(quote(p.containing()))
            .append('}');
      } else {
        sb.append(quote(p.pattern()));
      }
      sb.append('\n');
    }
  }

  private static void allowlist(StringBuilder sb, Allowlist a, String indent, boolean withFingerprints) {
    sb.append(indent).append("paths: ").append(list(a.paths())).append('\n');
    sb.append(indent).append("regexes: ").append(list(a.regexes())).append('\n');
    sb.append(indent).append("stopwords: ").append(list(a.stopwords())).append('\n');
    if (withFingerprints) {
      sb.append(indent).append("fingerprints: ")
          .append(list(a.fingerprints().stream().map(Fingerprint::value).toList())).append('\n');
    }
  }

  private static void rule(StringBuilder sb, Rule r) {
    sb.append("  - id: ").append(r.id()).append('\n');
    sb.append("    title: ").append(quote(r.title())).append('\n');
    sb.append("    description: ").append(quote(r.description())).append('\n');
    sb.append("    severity: ").append(r.severity().id()).append('\n');
    if (r.structured()) {
      sb.append("    files: ").append(list(r.files())).append('\n');
      sb.append("    key-paths: ").append(list(r.keyPaths().stream().map(Object::toString).toList())).append('\n');
      r.valuePattern().ifPresent(p -> sb.append("    regex: ").append(quote(p.pattern())).append('\n'));
    } else {
      sb.append("    keywords: ").append(list(r.keywords())).append('\n');
      sb.append("    regex: ").append(quote(r.pattern().pattern())).append('\n');
    }
    r.minEntropy().ifPresent(e -> sb.append("    entropy: ").append(String.format(Locale.ROOT, "%s", e)).append('\n'));
    r.validator().ifPresent(v -> sb.append("    validator: ").append(v.name()).append('\n'));
    if (r.window() != Rule.DEFAULT_WINDOW) {
      sb.append("    window: ").append(r.window()).append('\n');
    }
    if (r.multiline()) {
      sb.append("    multiline: true\n");
    }
    if (r.catchAll()) {
      sb.append("    catch-all: true\n");
    }
    if (!r.allowlist().isEmpty()) {
      sb.append("    allowlist:\n");
      allowlist(sb, r.allowlist(), "      ", false);
    }
    if (!r.companionFiles().isEmpty()) {
      sb.append("    companion-files: ").append(list(r.companionFiles())).append('\n');
    }
    sb.append("    references: ").append(list(r.references())).append('\n');
  }

  /** A flow sequence of single-quoted strings, sorted. */
  private static String list(Collection<String> values) {
    return values.stream().sorted().map(ConfigPrinter::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** YAML single-quoted scalar: only {@code '} needs escaping (doubled); line breaks become spaces. */
  static String quote(String s) {
    return "'" + s.replace("'", "''").replace('\n', ' ').replace('\r', ' ') + "'";
  }
}

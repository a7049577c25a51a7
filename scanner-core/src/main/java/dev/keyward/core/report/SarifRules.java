package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.policy.Policy;
import dev.keyward.core.report.sarif.MultiformatMessage;
import dev.keyward.core.report.sarif.ReportingConfiguration;
import dev.keyward.core.report.sarif.ReportingDescriptor;
import dev.keyward.core.report.sarif.RuleProperties;
import dev.keyward.core.rule.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code tool.driver.rules} of a SARIF run: every rule that ran, in id order, and the index of
 * each, which results refer to by {@code ruleIndex}. A finding whose rule is not in the pack (a
 * policy) gets a descriptor built from the finding, so that every index resolves.
 */
final class SarifRules {
  private static final List<String> TAGS = List.of("security", "secret");
  private static final List<String> POLICY_TAGS = List.of("security", "policy");
  private static final String PRECISION = "high";

  private final List<ReportingDescriptor> descriptors;
  private final Map<String, Integer> indexById = new HashMap<>();

  private SarifRules(List<ReportingDescriptor> descriptors) {
    this.descriptors = List.copyOf(descriptors);
    for (int i = 0; i < descriptors.size(); i++) {
      indexById.put(descriptors.get(i).id(), i);
    }
  }

  static SarifRules of(ScanResult result) {
    Map<String, ReportingDescriptor> byId = new TreeMap<>();
    result.rules().rules().forEach(r -> byId.put(r.id(), descriptor(r)));
    for (Finding f : result.findings()) {
      byId.computeIfAbsent(f.ruleId(), id -> PolicyTable.byId(id).map(SarifRules::descriptor).orElseGet(() -> descriptor(f)));
    }
    result.suppressed().forEach(s -> byId.computeIfAbsent(s.finding().ruleId(), id -> descriptor(s.finding())));
    return new SarifRules(new ArrayList<>(byId.values()));
  }

  List<ReportingDescriptor> descriptors() {
    return descriptors;
  }

  /** The index of {@code ruleId} in {@link #descriptors()}; every finding's rule has one. */
  int indexOf(String ruleId) {
    Integer index = indexById.get(ruleId);
    if (index == null) {
      throw new IllegalArgumentException("no SARIF rule for " + ruleId);
    }
    return index;
  }

  /** SARIF's level for a severity: critical and high fail a check, medium warns, low notes. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  /** The score GitHub code scanning ranks alerts by (9.0 and above is critical there). */
  static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
    };
  }

  /** {@code anthropic-api-key} → {@code AnthropicApiKey}. */
  static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  private static ReportingDescriptor descriptor(Rule rule) {
    String helpUri = rule.references().isEmpty() ? null : rule.references().get(0);
    return descriptor(rule.id(), rule.title(), rule.description(), rule.severity(), helpUri,
        rule.references());
  }

  /** A policy's descriptor: its description; the fix is in each result's message. */
  private static ReportingDescriptor descriptor(Policy policy) {
    String name = pascalCase(policy.id());
    String text = sentence(policy.description()) + "\n\nEach result's message says what to change for that file.";
    return new ReportingDescriptor(policy.id(), name, MultiformatMessage.plain(policy.description()),
        MultiformatMessage.plain(policy.description()), null, new MultiformatMessage(text, text),
        new ReportingConfiguration(level(policy.severity())),
        new RuleProperties(POLICY_TAGS, securitySeverity(policy.severity()), PRECISION));
  }

  private static ReportingDescriptor descriptor(Finding f) {
    return descriptor(f.ruleId(), f.message(), f.message(), f.severity(), null, List.of());
  }

  private static ReportingDescriptor descriptor(String id, String title, String description,
      Severity severity, String helpUri, List<String> references) {
    String name = pascalCase(id);
    // SARIF wants a name distinct from the id, and omitted when it would not be (SARIF1001).
    return new ReportingDescriptor(id, name.equalsIgnoreCase(id) ? null : name,
        MultiformatMessage.plain(title),
        MultiformatMessage.plain(description),
        helpUri,
        help(description, references),
        new ReportingConfiguration(level(severity)),
        new RuleProperties(TAGS, securitySeverity(severity), PRECISION));
  }

  private static MultiformatMessage help(String description, List<String> references) {
    String text = sentence(description) + "\n\n"
        + "To fix it:\n"
        + "1. Treat the secret as leaked: revoke or rotate it with its issuer first. Deleting it does not "
        + "undo a leak once it has been committed or shared.\n"
        + "2. Remove it from the code and configuration (and from git history if the repository is shared).\n"
        + "3. Read it at run time from the environment or a secret manager instead.\n\n"
        + "If it is not a secret, allowlist it in .keyward.yaml.";
    StringBuilder markdown = new StringBuilder(text.replace("To fix it:", "**To fix it:**"));
    if (!references.isEmpty()) {
      markdown.append("\n\nReferences:\n");
      references.forEach(r -> markdown.append("- <").append(r).append(">\n"));
    }
    return new MultiformatMessage(text, markdown.toString().strip());
  }

  /** {@code text} ending in a full stop, as SARIF viewers expect of messages. */
  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}

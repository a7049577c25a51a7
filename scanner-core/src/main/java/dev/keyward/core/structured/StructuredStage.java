package dev.keyward.core.structured;

import dev.keyward.core.Severity;
import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Match;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one scan adds to the engine's text matching: the {@link StructuredRules}, and companion files.
 * A rule with {@code companion-files} (keystore globs) gets its findings raised to critical when such
 * a file lies in the finding's directory or below it: the keystore and its password then leak
 * together. The scan reports every path it meets ({@link #see}), binary files included, and
 * {@link #escalate} applies the rule once the scan is done. Thread-safe.
 */
public final class StructuredStage {
  private final StructuredRules rules;
  private final Map<String, Rule> withCompanions;
  private final Set<String> companions = ConcurrentHashMap.newKeySet();

  private StructuredStage(StructuredRules rules, Map<String, Rule> withCompanions) {
    this.rules = rules;
    this.withCompanions = Map.copyOf(withCompanions);
  }

  public static StructuredStage of(RulePack pack) {
    return new StructuredStage(StructuredRules.of(pack), pack.rules().stream()
        .filter(r -> !r.companionFiles().isEmpty()).collect(Collectors.toMap(Rule::id, Function.identity())));
  }

  /** {@code textMatches} with the structured matches of the file at {@code path} (see {@link StructuredRules#addTo}). */
  public List<Match> addTo(List<Match> textMatches, Content content, String path) {
    return rules.isEmpty() ? textMatches : rules.addTo(textMatches, content, path);
  }

  /** Notes a file the scan met (read, or skipped as binary), in case it is a companion file. */
  public void see(String path) {
    for (Rule rule : withCompanions.values()) {
      if (rule.isCompanion(path)) {
        companions.add(path);
        return;
      }
    }
  }

  /** {@code findings}, those with a companion file beside them raised to critical with a note why. */
  public List<Finding> escalate(List<Finding> findings) {
    if (companions.isEmpty()) {
      return findings;
    }
    List<String> seen = companions.stream().sorted().toList();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Rule rule = withCompanions.get(f.ruleId());
      Optional<String> companion = rule == null || f.secret().isEmpty() ? Optional.empty()
          : seen.stream().filter(p -> rule.isCompanion(p) && beside(f.origin().path(), p)).findFirst();
      out.add(companion.map(p -> raised(f, p)).orElse(f));
    }
    return out;
  }

  /** Whether {@code companion} lies in the directory of {@code path} or below it. */
  static boolean beside(String path, String companion) {
    int slash = path.lastIndexOf('/');
    return slash < 0 || companion.startsWith(path.substring(0, slash + 1));
  }

  private static Finding raised(Finding f, String companion) {
    String message = f.message() + "; the keystore " + companion + " lies beside it, so key and password leak together";
    return new Finding(f.ruleId(), Severity.CRITICAL, message, f.origin(), f.span(), f.secret().orElseThrow(),
        f.excerpt(), f.fingerprint());
  }
}

package dev.keyward.core.source.git;

import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import java.util.List;

/** What a pre-commit hook says when the staged change holds secrets: which, and what to do. */
public final class StagedAdvice {
  private StagedAdvice() {}

  public static String text(ScanResult result, Severity threshold) {
    List<Finding> failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).toList();
    StringBuilder sb = new StringBuilder("keyward: commit blocked: the staged change holds ")
        .append(failing.size()).append(failing.size() == 1 ? " secret:\n" : " secrets:\n");
    for (Finding f : failing) {
      sb.append("  ").append(f.origin().path()).append(':').append(f.span().line()).append(':')
          .append(f.span().column()).append("  ").append(f.ruleId()).append("  ")
          .append(f.secret().isPresent() ? f.redactedSecret() : f.message()).append('\n');
    }
    sb.append("What to do:\n");
    failing.stream().map(f -> f.origin().path()).distinct()
        .forEach(p -> sb.append("  - unstage: git restore --staged ").append(p).append('\n'));
    sb.append("  - Rotate the key if it is real: it may already sit in shell history or an editor backup\n")
        .append("  - read it from the environment or a secret manager instead of the code\n")
        .append("  - a false positive: add `keyward:allow <rule-id>` in a comment on that line, or allowlist it "
            + "in .keyward.yaml\n");
    return sb.toString();
  }
}

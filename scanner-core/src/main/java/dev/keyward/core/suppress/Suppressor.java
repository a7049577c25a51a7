package dev.keyward.core.suppress;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies the suppressions that need no file content, after the scan: fingerprints allowlisted in
 * the configuration, then the baseline. (Inline comments are checked while the content is at hand.)
 */
public final class Suppressor {
  private final Set<Fingerprint> allowlisted;
  private final String configSource;
  private final Baseline baseline;
  private final String baselineSource;

  /**
   * @param allowlisted fingerprints from {@code allowlist: fingerprints:}
   * @param configSource the configuration file, named in the justification
   * @param baseline the baseline (empty without {@code --baseline})
   * @param baselineSource the baseline file, named in the justification
   */
  public Suppressor(Set<Fingerprint> allowlisted, String configSource, Baseline baseline, String baselineSource) {
    this.allowlisted = Set.copyOf(allowlisted);
    this.configSource = requireNonNull(configSource, "configSource");
    this.baseline = requireNonNull(baseline, "baseline");
    this.baselineSource = requireNonNull(baselineSource, "baselineSource");
  }

  /** Splits {@code findings} into those still reported and those suppressed. */
  public Partition apply(List<Finding> findings) {
    List<Finding> reported = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding f : findings) {
      if (allowlisted.contains(f.fingerprint())) {
        suppressed.add(new SuppressedFinding(f, new Suppression(Suppression.Kind.ALLOWLIST,
            "fingerprint allowlisted in " + configSource)));
      } else if (baseline.contains(f.fingerprint())) {
        suppressed.add(new SuppressedFinding(f, new Suppression(Suppression.Kind.BASELINE,
            "in baseline " + baselineSource)));
      } else {
        reported.add(f);
      }
    }
    return new Partition(reported, suppressed);
  }

  /** Findings that remain, and findings suppressed (with why). */
  public record Partition(List<Finding> reported, List<SuppressedFinding> suppressed) {
    public Partition {
      reported = List.copyOf(reported);
      suppressed = List.copyOf(suppressed);
    }
  }
}

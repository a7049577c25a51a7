package dev.keyward.core.suppress;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.finding.Finding;
import java.util.Comparator;

/** A finding that was found and accepted: listed in reports, never failing the build. */
public record SuppressedFinding(Finding finding, Suppression suppression) {
  /** Report order, the same as {@link Finding#ORDER}. */
  public static final Comparator<SuppressedFinding> ORDER = Comparator.comparing(SuppressedFinding::finding,
      Finding.ORDER);

  public SuppressedFinding {
    requireNonNull(finding, "finding");
    requireNonNull(suppression, "suppression");
  }
}

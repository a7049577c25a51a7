package dev.keyward.core.suppress;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Why a finding is not reported as a failure: it was found, and someone accepted it.
 *
 * @param kind where the acceptance is recorded
 * @param justification the reason given (the free text after {@code keyward:allow}, or a fixed
 *     sentence naming the baseline or configuration file); may be empty
 */
public record Suppression(Kind kind, String justification) {
  public Suppression {
    requireNonNull(kind, "kind");
    requireNonNull(justification, "justification");
  }

  /** Where a suppression comes from, in the order they are applied. */
  public enum Kind {
    /** A {@code keyward:allow} comment on the finding's line or the line above. */
    INLINE("inSource"),
    /** A fingerprint listed under {@code allowlist: fingerprints:} in {@code .keyward.yaml}. */
    ALLOWLIST("external"),
    /** A fingerprint recorded in the baseline file. */
    BASELINE("external");

    private final String sarifKind;

    Kind(String sarifKind) {
      this.sarifKind = sarifKind;
    }

    /** Stable name for JSON and summaries: {@code inline}, {@code allowlist}, {@code baseline}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** SARIF's {@code suppression.kind}: {@code inSource} or {@code external}. */
    public String sarifKind() {
      return sarifKind;
    }
  }
}

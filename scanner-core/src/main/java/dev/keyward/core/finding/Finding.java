package dev.keyward.core.finding;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.Severity;
import dev.keyward.core.source.Origin;
import java.util.Comparator;

/**
 * One leaked secret (or policy violation) at one place. Immutable; {@code toString()} is redacted
 * because {@link Secret} and {@link Excerpt} are.
 *
 * @param ruleId the rule that found it, e.g. {@code anthropic-api-key}
 * @param severity the rule's severity
 * @param message one human sentence, never containing the secret
 * @param origin where the content came from
 * @param span where in that content
 * @param secret the secret itself (redacted unless revealed)
 * @param excerpt the surrounding line
 * @param fingerprint stable identity for baselines and SARIF
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Origin origin,
    Span span,
    Secret secret,
    Excerpt excerpt,
    Fingerprint fingerprint) {

  /** Report order: path, line, column, rule. Deterministic whatever the thread timing. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.origin().displayPath())
          .thenComparingInt(f -> f.span().line())
          .thenComparingInt(f -> f.span().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.fingerprint().value());

  public Finding {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(origin, "origin");
    requireNonNull(span, "span");
    requireNonNull(secret, "secret");
    requireNonNull(excerpt, "excerpt");
    requireNonNull(fingerprint, "fingerprint");
  }
}

package dev.keyward.core.finding;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.Severity;
import dev.keyward.core.source.Origin;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One leaked secret, or one policy violation, at one place. Immutable; {@link #toString()} is
 * redacted because {@link Secret} and {@link Excerpt} are.
 *
 * <p>A secret finding (from a rule) carries the secret and the line around it. A policy finding (a
 * committed env file, a world-readable credential file) carries neither: its {@link #secret()} is
 * empty and its excerpt blank, and its fingerprint is taken over rule id and path.
 */
public final class Finding {
  /** Report order: path, line, column, rule. Deterministic whatever the thread timing. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.origin().displayPath())
          .thenComparingInt(f -> f.span().line())
          .thenComparingInt(f -> f.span().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.fingerprint().value());

  private static final Excerpt NO_EXCERPT = new Excerpt("", 0, 0);

  private final String ruleId;
  private final Severity severity;
  private final String message;
  private final Origin origin;
  private final Span span;
  private final Secret secret;
  private final Excerpt excerpt;
  private final Fingerprint fingerprint;

  /**
   * A secret finding.
   *
   * @param ruleId the rule that found it, e.g. {@code anthropic-api-key}
   * @param message one human sentence, never containing the secret
   */
  public Finding(String ruleId, Severity severity, String message, Origin origin, Span span, Secret secret,
      Excerpt excerpt, Fingerprint fingerprint) {
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.severity = requireNonNull(severity, "severity");
    this.message = requireNonNull(message, "message");
    this.origin = requireNonNull(origin, "origin");
    this.span = requireNonNull(span, "span");
    this.secret = requireNonNull(secret, "secret");
    this.excerpt = requireNonNull(excerpt, "excerpt");
    this.fingerprint = requireNonNull(fingerprint, "fingerprint");
  }

  private Finding(String ruleId, Severity severity, String message, Origin origin, Span span, Fingerprint fingerprint) {
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.severity = requireNonNull(severity, "severity");
    this.message = requireNonNull(message, "message");
    this.origin = requireNonNull(origin, "origin");
    this.span = requireNonNull(span, "span");
    this.secret = null;
    this.excerpt = NO_EXCERPT;
    this.fingerprint = fingerprint;
  }

  /** A policy finding: no secret, a message that says what is wrong and how to fix it. */
  public static Finding policy(String ruleId, Severity severity, String message, Origin origin, Span span) {
    return new Finding(ruleId, severity, message, origin, span, Fingerprint.ofPolicy(ruleId, origin.path()));
  }

  /**
   * A policy finding of which one file can have several (a Dockerfile setting two variables):
   * {@code subject} (e.g. {@code ENV NPM_TOKEN}, never a secret) tells them apart in the fingerprint.
   */
  public static Finding policy(String ruleId, Severity severity, String message, Origin origin, Span span,
      String subject) {
    return new Finding(ruleId, severity, message, origin, span, Fingerprint.ofPolicy(ruleId, origin.path(), subject));
  }

  public String ruleId() {
    return ruleId;
  }

  public Severity severity() {
    return severity;
  }

  public String message() {
    return message;
  }

  public Origin origin() {
    return origin;
  }

  public Span span() {
    return span;
  }

  /** The secret; empty for a policy finding. */
  public Optional<Secret> secret() {
    return Optional.ofNullable(secret);
  }

  /** The secret's redacted form, or empty text for a policy finding. */
  public String redactedSecret() {
    return secret == null ? "" : secret.redacted();
  }

  public Excerpt excerpt() {
    return excerpt;
  }

  public Fingerprint fingerprint() {
    return fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && f.ruleId.equals(ruleId) && f.severity == severity
        && f.message.equals(message) && f.origin.equals(origin) && f.span.equals(span)
        && Objects.equals(f.secret, secret) && f.excerpt.equals(excerpt) && f.fingerprint.equals(fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, origin, span, fingerprint);
  }

  @Override
  public String toString() {
    return "Finding[" + ruleId + " at " + origin.displayPath() + ":" + span.line() + ":" + span.column()
        + ", " + excerpt + "]";
  }
}

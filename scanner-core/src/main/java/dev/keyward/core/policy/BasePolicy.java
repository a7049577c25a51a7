package dev.keyward.core.policy;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.Severity;

/** The metadata every policy has (id, severity, description), held once; subclasses add the check. */
abstract class BasePolicy implements Policy {
  private final String id;
  private final Severity severity;
  private final String description;

  BasePolicy(String id, Severity severity, String description) {
    this.id = requireNonNull(id, "id");
    this.severity = requireNonNull(severity, "severity");
    this.description = requireNonNull(description, "description");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }
}

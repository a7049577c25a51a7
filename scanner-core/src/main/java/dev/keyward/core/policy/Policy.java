package dev.keyward.core.policy;

import dev.keyward.core.Severity;

/**
 * A check that is not a content regex: where a file is, who may read it, what a configuration or
 * a Dockerfile does with a key. Each policy has a permanent kebab-case id, a severity and a one-line
 * description, like a rule, and its findings are reported like a rule's (without a secret).
 */
public interface Policy {
  /** The permanent id, e.g. {@code dotenv-unignored}; {@code disable:} in .keyward.yaml takes it. */
  String id();

  /** The severity of a typical finding (a policy may raise it for a worse case). */
  Severity severity();

  /** One line for {@code keyward rules}: what it finds. */
  String description();

  /** Checks one file or directory of the working tree, reporting to {@code out} (usually nothing). */
  void check(PolicyFile file, PolicyOutput out);
}

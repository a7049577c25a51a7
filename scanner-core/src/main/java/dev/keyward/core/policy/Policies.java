package dev.keyward.core.policy;

import dev.keyward.core.config.PolicySettings;
import java.util.Collection;
import java.util.List;

/** The registry: every policy, sorted by id. No class-path scanning; a new policy is added here. */
public final class Policies {
  private Policies() {}

  /** All policies, sorted by id, configured by {@code settings}. */
  public static List<Policy> all(PolicySettings settings) {
    return List.of(
        new ClaudeConfigPlaintextKey(),
        new DockerfileBakedSecret(),
        new DotenvCommitted(),
        new DotenvUnignored(),
        new InsecurePermissions(new CredentialFiles(settings.credentialFiles())));
  }

  /** The policies that run: all but the {@code disabled} ids. */
  public static List<Policy> enabled(PolicySettings settings, Collection<String> disabled) {
    return all(settings).stream().filter(p -> !disabled.contains(p.id())).toList();
  }

  /** Every policy id, sorted. */
  public static List<String> ids() {
    return List.of(ClaudeConfigPlaintextKey.ID, DockerfileBakedSecret.ID, DotenvCommitted.ID, DotenvUnignored.ID,
        InsecurePermissions.ID);
  }
}

package dev.keyward.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code .keyward.yaml} tunes in the policies ({@code policies:}); disabling a policy is
 * {@code disable: [policy-id]}, as for rules.
 *
 * @param credentialFiles the files and directories {@code insecure-permissions} checks
 */
public record PolicySettings(List<CredentialPattern> credentialFiles) {
  public PolicySettings {
    credentialFiles = List.copyOf(credentialFiles);
  }

  /** The built-in credential-file list. */
  public static PolicySettings defaults() {
    return new PolicySettings(CredentialFiles.defaults());
  }

  /** These settings with {@code extra} patterns after the list (so they can also exclude with {@code !}). */
  public PolicySettings withExtraCredentialFiles(List<CredentialPattern> extra) {
    List<CredentialPattern> all = new ArrayList<>(credentialFiles);
    all.addAll(extra);
    return new PolicySettings(all);
  }
}

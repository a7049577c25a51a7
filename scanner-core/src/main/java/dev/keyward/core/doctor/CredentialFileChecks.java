package dev.keyward.core.doctor;

import java.util.List;

/** The modes of the usual credential files in the home directory. */
final class CredentialFileChecks {
  static final List<String> FILES = List.of(".aws/credentials", ".netrc", ".npmrc", ".pypirc", ".pgpass",
      ".git-credentials", ".docker/config.json", ".kube/config");

  private CredentialFileChecks() {}

  static void check(Doctor.HomeFiles home, List<DoctorItem> items) {
    for (String relative : FILES) {
      items.add(PermissionCheck.check(home.resolve(relative), "~/" + relative));
    }
  }
}

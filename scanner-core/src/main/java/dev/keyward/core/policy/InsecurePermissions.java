package dev.keyward.core.policy;

import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * A credential file readable or writable by group or others (mode not within 600), or a
 * credential directory such as {@code .ssh} not within 700. Ignored files count too: a
 * world-readable ignored {@code .env} is as readable as a tracked one. The list is {@link
 * CredentialFiles}; on file systems without POSIX permissions the check reports "not checked".
 */
final class InsecurePermissions extends BasePolicy {
  static final String ID = "insecure-permissions";

  private final CredentialFiles credentialFiles;

  InsecurePermissions(CredentialFiles credentialFiles) {
    super(ID, Severity.MEDIUM,
        "Credential file or directory (.env, .npmrc, .aws/credentials, private keys, .ssh/, ...) "
        + "accessible to group or others");
    this.credentialFiles = credentialFiles;
  }

  @Override
  public void check(PolicyFile file, PolicyOutput out) {
    if (!credentialFiles.matches(file.path(), file.directory(), file::content)) {
      return;
    }
    Optional<Set<PosixFilePermission>> permissions = file.permissions();
    if (permissions.isEmpty()) {
      out.notChecked(file.path(), "permissions not checked: the file system has no POSIX permissions");
      return;
    }
    Set<PosixFilePermission> mode = permissions.get();
    if (FileModes.withinPrivate(mode)) {
      return;
    }
    String target = FileModes.octal(FileModes.privateMode(mode));
    String message = file.path() + (file.directory() ? "/" : "") + " has mode " + FileModes.octal(mode) + " ("
        + FileModes.describeExcess(mode) + "); a credential " + (file.directory() ? "directory" : "file")
        + " must be private to its owner: run `chmod " + target + " " + file.path() + "`";
    out.finding(Finding.policy(ID, severity(), message, file.origin(), new Span(1, 1, 1, 1)));
  }
}

package dev.keyward.core.doctor;

import dev.keyward.core.policy.FileModes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The mode check every credential file and directory gets: within 600 (700 for a directory). */
final class PermissionCheck {
  private PermissionCheck() {}

  /** The item for {@code file}: absent, not checked (no POSIX view), ok, or a fix with its chmod. */
  static DoctorItem check(Path file, String subject) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return DoctorItem.absent(subject);
    }
    if (Files.isSymbolicLink(file)) {
      return DoctorItem.ok(subject, "symbolic link; its target's mode is what counts");
    }
    boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
    Optional<Set<PosixFilePermission>> mode = FileModes.permissions(file);
    if (mode.isEmpty()) {
      return new DoctorItem(DoctorItem.Status.NOT_CHECKED, subject,
          "permissions not checked: the file system has no POSIX permissions", "", List.of());
    }
    String octal = FileModes.octal(mode.get());
    if (FileModes.withinPrivate(mode.get())) {
      return DoctorItem.ok(subject, "mode " + octal);
    }
    PermissionFix fix = PermissionFix.of(file, subject, mode.get());
    return new DoctorItem(DoctorItem.Status.FIX, subject,
        "mode " + octal + " (" + FileModes.describeExcess(mode.get()) + ")",
        "chmod " + FileModes.octal(fix.to()) + " " + subject, List.of(fix));
  }
}

package dev.keyward.core.doctor;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.policy.FileModes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A mode change {@code keyward doctor --fix-permissions} makes: group and other bits off, the
 * owner's kept ({@code 644 → 600}, {@code 755 → 700}). It never touches content.
 *
 * @param file the file or directory
 * @param subject how the user reads its name, e.g. {@code ~/.npmrc}
 * @param from the mode found
 * @param to the mode to set
 */
public record PermissionFix(Path file, String subject, Set<PosixFilePermission> from, Set<PosixFilePermission> to) {
  public PermissionFix {
    requireNonNull(file, "file");
    requireNonNull(subject, "subject");
    from = Set.copyOf(from);
    to = Set.copyOf(to);
  }

  static PermissionFix of(Path file, String subject, Set<PosixFilePermission> from) {
    return new PermissionFix(file, subject, from, FileModes.privateMode(from));
  }

  /** What it does, as a command: {@code chmod 600 ~/.npmrc  (was 644)}. */
  public String describe() {
    return "chmod " + FileModes.octal(to) + " " + subject + "  (was " + FileModes.octal(from) + ")";
  }

  /** Sets the mode (on the file itself, never a link's target). */
  public void apply() throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      throw new IOException(subject + ": the file system has no POSIX permissions");
    }
    view.setPermissions(to);
  }
}

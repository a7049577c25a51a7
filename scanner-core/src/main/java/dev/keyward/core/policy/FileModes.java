package dev.keyward.core.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** POSIX modes: reading them where the file system has them, and writing them as {@code 640}. */
public final class FileModes {
  /** The owner's bits: all a credential file or directory may have. */
  private static final Set<PosixFilePermission> DIRECTORY_MAX = EnumSet.of(PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

  private FileModes() {}

  /** The permissions of {@code file} (not following links), or empty without a POSIX view. */
  public static Optional<Set<PosixFilePermission>> permissions(Path file) {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code permissions} give group and others nothing: within {@code 600} for a file, {@code
   * 700} for a directory (the owner's own bits are the owner's business).
   */
  public static boolean withinPrivate(Set<PosixFilePermission> permissions) {
    return DIRECTORY_MAX.containsAll(permissions);
  }

  /** {@code permissions} without any group or other bit: what {@code chmod go-rwx} leaves. */
  public static Set<PosixFilePermission> privateMode(Set<PosixFilePermission> permissions) {
    Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
    permissions.stream().filter(DIRECTORY_MAX::contains).forEach(mode::add);
    return mode;
  }

  /** Octal, as chmod takes it: {@code 644}. */
  public static String octal(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (PosixFilePermission p : permissions) {
      mode |= 1 << (8 - p.ordinal());
    }
    return String.format("%03o", mode);
  }

  /** Who else may do what, e.g. {@code readable by group and others, writable by group}. */
  public static String describeExcess(Set<PosixFilePermission> permissions) {
    StringBuilder sb = new StringBuilder();
    append(sb, "readable", permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    append(sb, "writable", permissions, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    append(sb, "searchable", permissions, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String what, Set<PosixFilePermission> permissions,
      PosixFilePermission group, PosixFilePermission others) {
    boolean g = permissions.contains(group);
    boolean o = permissions.contains(others);
    if (!g && !o) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(what).append(" by ").append(g && o ? "group and others" : g ? "group" : "others");
  }
}

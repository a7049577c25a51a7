package dev.keyward.core.policy;

import dev.keyward.core.source.FileOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One file or directory as a policy sees it: its path relative to the scan root, whether git
 * ignores it or tracks it, its POSIX permissions where the file system has them, and (read on
 * demand, at most {@link #MAX_CONTENT} bytes) its content.
 */
public final class PolicyFile {
  /** Content policies read configuration files and Dockerfiles; anything bigger is not one. */
  public static final int MAX_CONTENT = 1 << 20;

  private final String path;
  private final Path file;
  private final boolean directory;
  private final Supplier<Optional<Set<PosixFilePermission>>> permissionReader;
  private Optional<Set<PosixFilePermission>> permissions;
  private final boolean ignored;
  private final boolean tracked;
  private byte[] content;

  /** A file or directory whose permissions are read from the file system if a policy asks. */
  public PolicyFile(String path, Path file, boolean directory, boolean ignored, boolean tracked) {
    this.path = Objects.requireNonNull(path, "path");
    this.file = Objects.requireNonNull(file, "file");
    this.directory = directory;
    this.permissionReader = () -> FileModes.permissions(file);
    this.ignored = ignored;
    this.tracked = tracked;
  }

  private PolicyFile(String path, Path file, BasicFileAttributes attrs, boolean ignored, boolean tracked) {
    this.path = Objects.requireNonNull(path, "path");
    this.file = Objects.requireNonNull(file, "file");
    this.directory = attrs.isDirectory();
    this.permissionReader = attrs instanceof PosixFileAttributes posix
        ? () -> Optional.of(Set.copyOf(posix.permissions())) : () -> FileModes.permissions(file);
    this.ignored = ignored;
    this.tracked = tracked;
  }

  /**
   * A file the walk met; its permissions are read only if a policy asks (the walk's attributes
   * already hold them on most POSIX systems).
   */
  static PolicyFile of(String path, Path file, BasicFileAttributes attrs, boolean ignored, boolean tracked) {
    return new PolicyFile(path, file, attrs, ignored, tracked);
  }

  /** Relative to the scan root, forward slashes. */
  public String path() {
    return path;
  }

  /** The last path segment, e.g. {@code .env.local}. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public Path file() {
    return file;
  }

  public boolean directory() {
    return directory;
  }

  /** The POSIX permissions; empty on file systems without them (Windows), where they are not checked. */
  public synchronized Optional<Set<PosixFilePermission>> permissions() {
    if (permissions == null) {
      permissions = permissionReader.get();
    }
    return permissions;
  }

  /** Whether git ignores it (nested ignore files, negations, info/exclude, core.excludesFile). */
  public boolean ignored() {
    return ignored;
  }

  /** Whether it is in the git index, i.e. committed or staged. */
  public boolean tracked() {
    return tracked;
  }

  /** Whether group or others may read it (false when permissions are unknown). */
  public boolean readableByOthers() {
    return permissions().map(p -> p.contains(PosixFilePermission.GROUP_READ)
        || p.contains(PosixFilePermission.OTHERS_READ)).orElse(false);
  }

  public FileOrigin origin() {
    return new FileOrigin(path);
  }

  /** The first {@link #MAX_CONTENT} bytes; empty for a directory or an unreadable file. */
  public synchronized Optional<byte[]> content() {
    if (directory) {
      return Optional.empty();
    }
    if (content == null) {
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes(MAX_CONTENT);
      } catch (IOException | SecurityException e) {
        content = new byte[0];
        return Optional.empty();
      }
    }
    return Optional.of(content);
  }

  @Override
  public String toString() {
    return "PolicyFile[" + path + (directory ? "/" : "") + (ignored ? ", ignored" : "")
        + (tracked ? ", tracked" : "") + "]";
  }
}

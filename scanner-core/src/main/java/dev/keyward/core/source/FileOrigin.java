package dev.keyward.core.source;

import static java.util.Objects.requireNonNull;

/** A file in a working tree. */
public record FileOrigin(String path) implements Origin {
  public FileOrigin {
    checkPath(path);
  }

  /**
   * Checks that {@code path} is non-empty and relative. Separators are forward slashes; a backslash
   * is an ordinary character of a name (git and POSIX file systems allow it, and real repositories
   * hold such paths).
   */
  static void checkPath(String path) {
    requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/")) {
      throw new IllegalArgumentException("path must be relative and non-empty: " + path);
    }
  }
}

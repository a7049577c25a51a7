package dev.keyward.core.source;

import static java.util.Objects.requireNonNull;

/** A file in a working tree. */
public record FileOrigin(String path) implements Origin {
  public FileOrigin {
    checkPath(path);
  }

  /** Checks that {@code path} is relative, non-empty and uses forward slashes. */
  static void checkPath(String path) {
    requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("path must be relative with forward slashes: " + path);
    }
  }
}

package dev.keyward.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keyward's directories in the user's cache: {@code $XDG_CACHE_HOME/keyward/NAME}, or
 * {@code ~/.cache/keyward/NAME}. Only things that can be made again live there (compiled matcher
 * databases, class-sharing archives), so a missing or unwritable cache only costs time.
 */
public final class UserCache {
  private UserCache() {}

  /** The directory {@code name} of the cache (not created here), if the environment names a home. */
  public static Optional<Path> directory(String name) {
    return directory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"), name);
  }

  /**
   * Moves a file written under a temporary name into place, atomically where the file system can, so
   * that a concurrent reader sees the old file or the new one, never half of one.
   */
  public static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** As {@link #directory(String)}, from the given environment (for tests). */
  public static Optional<Path> directory(String xdgCacheHome, String userHome, String name) {
    try {
      if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
        return Optional.of(Path.of(xdgCacheHome, "keyward", name));
      }
      if (userHome != null && !userHome.isBlank()) {
        return Optional.of(Path.of(userHome, ".cache", "keyward", name));
      }
    } catch (InvalidPathException e) {
      // a path this file system cannot hold: no cache
    }
    return Optional.empty();
  }
}

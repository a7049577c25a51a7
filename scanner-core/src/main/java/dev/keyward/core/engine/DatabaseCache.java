package dev.keyward.core.engine;

import dev.keyward.core.UserCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled matcher databases on disk, one file per key ({@code <key>.db}), under
 * {@code $XDG_CACHE_HOME/keyward/hs} or {@code ~/.cache/keyward/hs}. Each file carries a SHA-256 of
 * its payload, so a truncated or corrupt file reads as absent; writes go to a temporary file that is
 * then renamed, so readers never see half a file. Every failure is silent (debug log): without a cache
 * the database is just compiled again.
 */
final class DatabaseCache {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseCache.class);
  private static final byte[] MAGIC = {'K', 'W', 'H', 'S', 1};
  private static final int DIGEST = 32;

  private final Optional<Path> directory;

  DatabaseCache(Optional<Path> directory) {
    this.directory = directory;
  }

  /** The cache in the user's cache directory (none if neither XDG_CACHE_HOME nor user.home is usable). */
  static DatabaseCache userCache() {
    return new DatabaseCache(defaultDirectory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")));
  }

  static Optional<Path> defaultDirectory(String xdgCacheHome, String userHome) {
    return UserCache.directory(xdgCacheHome, userHome, "hs");
  }

  /** The payload stored under {@code key}, if a whole, intact file is there. */
  Optional<byte[]> read(String key) {
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    Path file = directory.get().resolve(key + ".db");
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] all = Files.readAllBytes(file);
      int header = MAGIC.length + DIGEST;
      if (all.length < header || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        LOG.debug("matcher cache {}: not a cache file; ignoring it", file);
        return Optional.empty();
      }
      byte[] payload = Arrays.copyOfRange(all, header, all.length);
      if (!Arrays.equals(all, MAGIC.length, header, sha256(payload), 0, DIGEST)) {
        LOG.debug("matcher cache {}: checksum mismatch; ignoring it", file);
        return Optional.empty();
      }
      return Optional.of(payload);
    } catch (IOException | RuntimeException e) {
      LOG.debug("matcher cache {} unreadable: {}", file, e.toString());
      return Optional.empty();
    }
  }

  /** Stores {@code payload} under {@code key}, atomically; does nothing if the directory is not writable. */
  void write(String key, byte[] payload) {
    if (directory.isEmpty()) {
      return;
    }
    Path dir = directory.get();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, key, ".tmp");
      byte[] all = ByteBuffer.allocate(MAGIC.length + DIGEST + payload.length)
          .put(MAGIC).put(sha256(payload)).put(payload).array();
      Files.write(temp, all);
      UserCache.moveIntoPlace(temp, dir.resolve(key + ".db"));
      temp = null;
    } catch (IOException | RuntimeException e) {
      LOG.debug("matcher cache {} not written: {}", dir, e.toString());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.debug("could not delete {}: {}", temp, e.toString());
        }
      }
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

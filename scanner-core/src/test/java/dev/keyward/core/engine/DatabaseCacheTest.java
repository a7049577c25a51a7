package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCacheTest {
  @TempDir Path dir;

  @Test
  void write_thenRead_givesThePayloadBack() {
    DatabaseCache cache = new DatabaseCache(Optional.of(dir.resolve("hs")));
    cache.write("k1", new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, cache.read("k1").orElseThrow());
    assertEquals(Optional.empty(), cache.read("k2"));
  }

  @Test
  void read_corruptOrTruncatedFile_isAbsent() throws Exception {
    DatabaseCache cache = new DatabaseCache(Optional.of(dir));
    cache.write("k", new byte[] {1, 2, 3, 4});
    Path file = dir.resolve("k.db");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);
    assertEquals(Optional.empty(), cache.read("k"));
    Files.write(file, new byte[] {'K', 'W'});
    assertEquals(Optional.empty(), cache.read("k"));
  }

  @Test
  void write_leavesNoTemporaryFiles() throws Exception {
    DatabaseCache cache = new DatabaseCache(Optional.of(dir));
    cache.write("k", new byte[10]);
    cache.write("k", new byte[20]);
    try (var files = Files.list(dir)) {
      assertEquals(Set.of("k.db"), files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
    assertEquals(20, cache.read("k").orElseThrow().length);
  }

  @Test
  void write_unwritableDirectory_isSilentlyNotCached() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
    DatabaseCache cache = new DatabaseCache(Optional.of(locked.resolve("hs")));
    cache.write("k", new byte[] {1});
    assertTrue(cache.read("k").isEmpty() || Files.isWritable(locked), "root may write anywhere");
    new DatabaseCache(Optional.empty()).write("k", new byte[] {1});
  }

  @Test
  void defaultDirectory_prefersAnAbsoluteXdgCacheHome() {
    assertEquals(Optional.of(Path.of("/x/keyward/hs")), DatabaseCache.defaultDirectory("/x", "/home/u"));
    assertEquals(Optional.of(Path.of("/home/u/.cache/keyward/hs")), DatabaseCache.defaultDirectory("rel", "/home/u"));
    assertEquals(Optional.of(Path.of("/home/u/.cache/keyward/hs")), DatabaseCache.defaultDirectory(null, "/home/u"));
    assertEquals(Optional.empty(), DatabaseCache.defaultDirectory("", ""));
  }
}

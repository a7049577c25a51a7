package dev.keyward.core.source.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives in memory for tests: entry name → bytes, in insertion order. */
final class Zips {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  static Zips zip() {
    return new Zips();
  }

  Zips add(String name, String text) {
    return add(name, text.getBytes(UTF_8));
  }

  Zips add(String name, byte[] bytes) {
    entries.put(name, bytes);
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

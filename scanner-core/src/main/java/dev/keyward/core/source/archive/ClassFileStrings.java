package dev.keyward.core.source.archive;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The string constants of a JVM class file: every {@code CONSTANT_Utf8} entry of its constant pool
 * (JVM specification §4.4), one per line. A key compiled into a {@code static final String} sits
 * there verbatim, so scanning these lines finds it. No library: the constant pool is a flat,
 * self-describing list, and only Utf8 entries are kept; the rest are skipped by their fixed sizes.
 */
final class ClassFileStrings {
  private static final int MAGIC = 0xCAFEBABE;

  private ClassFileStrings() {}

  /** The Utf8 constants joined by newlines; empty if {@code bytes} is not a well-formed class file. */
  static Optional<String> of(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      in.readUnsignedShort(); // minor_version
      in.readUnsignedShort(); // major_version
      int count = in.readUnsignedShort();
      StringJoiner lines = new StringJoiner("\n", "", "\n");
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        if (tag == 1) {
          lines.add(in.readUTF().replace('\n', ' ').replace('\r', ' '));
        } else {
          in.skipNBytes(size(tag));
          if (tag == 5 || tag == 6) {
            i++; // Long and Double take two pool slots (§4.4.5)
          }
        }
      }
      return Optional.of(lines.toString());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The bytes after the tag of each non-Utf8 constant kind (§4.4, Table 4.4-B). */
  private static int size(int tag) throws IOException {
    return switch (tag) {
      case 7, 8, 16, 19, 20 -> 2; // Class, String, MethodType, Module, Package
      case 15 -> 3; // MethodHandle
      case 3, 4, 9, 10, 11, 12, 17, 18 -> 4; // Integer, Float, the refs, NameAndType, Dynamic, InvokeDynamic
      case 5, 6 -> 8; // Long, Double
      default -> throw new IOException("unknown constant pool tag " + tag);
    };
  }
}

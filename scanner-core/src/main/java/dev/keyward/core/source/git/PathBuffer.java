package dev.keyward.core.source.git;

import java.util.Arrays;
import org.eclipse.jgit.util.RawParseUtils;

/** A path being built from tree entry names, as bytes; decoded to a String only when needed. */
final class PathBuffer {
  private byte[] bytes = new byte[256];
  private int length;

  int length() {
    return length;
  }

  void truncate(int to) {
    length = to;
  }

  void append(byte[] src, int from, int count) {
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
    }
    System.arraycopy(src, from, bytes, length, count);
    length += count;
  }

  void append(char ascii) {
    append(new byte[] {(byte) ascii}, 0, 1);
  }

  /** The path decoded as git does (UTF-8, falling back to the platform's legacy encodings). */
  @Override
  public String toString() {
    return RawParseUtils.decode(bytes, 0, length);
  }
}

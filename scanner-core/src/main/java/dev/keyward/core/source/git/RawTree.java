package dev.keyward.core.source.git;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.MutableObjectId;

/**
 * A tree object with its entries located ({@code <octal mode> SP <name> NUL <20-byte id>}, sorted
 * the git way: a tree's name sorts as if it ended in {@code /}), parsed once so that comparing it
 * with other versions of the same directory can skip identical bytes and look entries up by name.
 * Immutable.
 */
final class RawTree {
  private static final int TYPE_MASK = 0170000;
  private static final int TYPE_TREE = 0040000;
  private static final int TYPE_FILE = 0100000;
  private static final int TYPE_GITLINK = 0160000;
  static final RawTree EMPTY = new RawTree(new byte[0], new int[] {0}, 0);

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] raw;
  /** starts[k] = where entry k begins; starts[count] = raw.length. An entry's name ends 21 bytes before the next. */
  private final int[] starts;
  private final int count;

  private RawTree(byte[] raw, int[] starts, int count) {
    this.raw = raw;
    this.starts = starts;
    this.count = count;
  }

  static RawTree parse(byte[] raw) throws CorruptObjectException {
    int[] starts = new int[Math.max(4, raw.length / 28)];
    int count = 0;
    int p = 0;
    while (p < raw.length) {
      if (count + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      int space = space(raw, p);
      int nul = nul(raw, space + 1);
      if (space == p || nul == space + 1 || nul + 1 + Constants.OBJECT_ID_LENGTH > raw.length) {
        throw new CorruptObjectException("truncated or malformed tree entry");
      }
      starts[count++] = p;
      p = nul + 1 + Constants.OBJECT_ID_LENGTH;
    }
    starts[count] = raw.length;
    return new RawTree(raw, starts, count);
  }

  /** The space after a mode: almost always 5 ({@code 40000}) or 6 ({@code 100644}) bytes on. */
  private static int space(byte[] raw, int from) {
    if (from + 6 < raw.length && raw[from + 6] == ' ' && raw[from + 5] != ' ') {
      return from + 6;
    }
    if (from + 5 < raw.length && raw[from + 5] == ' ' && raw[from + 4] != ' ') {
      return from + 5;
    }
    int p = from;
    while (p < raw.length && raw[p] != ' ') {
      p++;
    }
    return p;
  }

  /** The NUL that ends a name, eight bytes at a time (the id after it can hold any byte). */
  private static int nul(byte[] raw, int from) {
    int p = from;
    for (; p + Long.BYTES <= raw.length; p += Long.BYTES) {
      long word = (long) LONGS.get(raw, p);
      long zero = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
      if (zero != 0) {
        return p + Long.numberOfTrailingZeros(zero) / 8;
      }
    }
    while (p < raw.length && raw[p] != 0) {
      p++;
    }
    return p;
  }

  int count() {
    return count;
  }

  /** Where entry {@code k}'s name ends (its NUL). */
  private int nul(int k) {
    return starts[k + 1] - 1 - Constants.OBJECT_ID_LENGTH;
  }

  /** How much memory this tree holds, roughly (for caches). */
  long weight() {
    return raw.length + 4L * starts.length + 64;
  }

  int mode(int k) {
    int m = 0;
    for (int p = starts[k]; raw[p] != ' '; p++) {
      m = (m << 3) | (raw[p] - '0');
    }
    return m;
  }

  boolean isTree(int k) {
    return (mode(k) & TYPE_MASK) == TYPE_TREE;
  }

  /** A regular or executable file (not a symlink or submodule). */
  boolean isFile(int k) {
    return (mode(k) & TYPE_MASK) == TYPE_FILE;
  }

  boolean isGitlink(int k) {
    return (mode(k) & TYPE_MASK) == TYPE_GITLINK;
  }

  void copyId(int k, MutableObjectId into) {
    into.fromRaw(raw, nul(k) + 1);
  }

  boolean sameId(int k, RawTree other, int j) {
    return Arrays.equals(raw, nul(k) + 1, nul(k) + 1 + Constants.OBJECT_ID_LENGTH,
        other.raw, other.nul(j) + 1, other.nul(j) + 1 + Constants.OBJECT_ID_LENGTH);
  }

  /** Appends entry {@code k}'s name to {@code path}. */
  void appendName(int k, PathBuffer path) {
    int nameStart = nameStart(k);
    path.append(raw, nameStart, nul(k) - nameStart);
  }

  private int nameStart(int k) {
    int p = starts[k];
    while (raw[p] != ' ') {
      p++;
    }
    return p + 1;
  }

  /**
   * How many entries from entry {@code k} on are byte for byte the same as {@code other}'s from
   * entry {@code j} on; -1 when all remaining entries of both are.
   */
  int sameRun(int k, RawTree other, int j) {
    int mismatch = Arrays.mismatch(raw, starts[k], raw.length, other.raw, other.starts[j], other.raw.length);
    if (mismatch < 0) {
      return -1;
    }
    return entryAt(starts[k] + mismatch) - k;
  }

  /** The entry whose bytes hold position {@code pos} ({@link #count()} at the end). */
  private int entryAt(int pos) {
    int at = Arrays.binarySearch(starts, 0, count + 1, pos);
    return at >= 0 ? at : -at - 2;
  }

  /**
   * Where {@code other}'s entry {@code j} (same name, both trees or both not) is in this tree, or
   * {@code -(insertion point) - 1}.
   */
  int find(RawTree other, int j) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(mid, other, j);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  /** Git's tree order: names as unsigned bytes, a tree's name as if followed by {@code /}. */
  int compare(int k, RawTree other, int j) {
    int a = nameStart(k);
    int b = other.nameStart(j);
    int aEnd = nul(k);
    int bEnd = other.nul(j);
    int mismatch = Arrays.mismatch(raw, a, aEnd, other.raw, b, bEnd);
    if (mismatch >= 0 && a + mismatch < aEnd && b + mismatch < bEnd) {
      return (raw[a + mismatch] & 0xff) - (other.raw[b + mismatch] & 0xff);
    }
    int common = mismatch < 0 ? aEnd - a : mismatch;
    int ca = a + common < aEnd ? raw[a + common] & 0xff : isTree(k) ? '/' : 0;
    int cb = b + common < bEnd ? other.raw[b + common] & 0xff : other.isTree(j) ? '/' : 0;
    return ca - cb;
  }
}

package dev.keyward.core.source.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One pack file's objects in offset order, from a single pass over their headers: each object's
 * type (a delta's is its base's), delta base, header length and stored size, and how many deltas
 * use it as their base. Objects are numbered by offset; {@link #find} maps an id to that number.
 * Reading an object is {@link PackInflater}'s job. Immutable after {@link #open}; thread-safe.
 */
final class PackObjects implements AutoCloseable {
  static final int OFS_DELTA = 6;
  static final int REF_DELTA = 7;
  /** Bytes read per header: type/size varint, then at most a 10-byte offset or a 20-byte id. */
  private static final int MAX_HEADER = 40;

  private final PackIndex index;
  private final FileChannel channel;
  private final int count;
  private final long[] offsets;
  /** byIndexPosition[p] = the number of the object at the pack index's position p. */
  private final int[] byIndexPosition;
  /** The type in each object's header: a whole object's type, or {@link #OFS_DELTA}/{@link #REF_DELTA}. */
  private final byte[] kinds;
  /** The object's type: a delta's is its base's; 0 when unknown. */
  private final byte[] types;
  private final byte[] headerLengths;
  private final long[] sizes;
  /** The base's number for a delta; -1 for a whole object or a delta whose base is not in this pack. */
  private final int[] bases;
  private final int[] deltaCounts;
  private final long dataEnd;

  private PackObjects(PackIndex index, FileChannel channel, long[] offsets, int[] byIndexPosition)
      throws IOException {
    this.index = index;
    this.channel = channel;
    this.count = offsets.length;
    this.offsets = offsets;
    this.byIndexPosition = byIndexPosition;
    this.kinds = new byte[count];
    this.types = new byte[count];
    this.headerLengths = new byte[count];
    this.sizes = new long[count];
    this.bases = new int[count];
    this.deltaCounts = new int[count];
    this.dataEnd = channel.size() - Constants.OBJECT_ID_LENGTH;
  }

  /**
   * Indexes the pack at {@code pack} with its index; empty when the pack cannot be read this way
   * (unknown version, corrupt headers), so that JGit reads its objects instead.
   */
  static Optional<PackObjects> open(Path pack, PackIndex index) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(pack, StandardOpenOption.READ);
      if (!validHeader(channel)) {
        channel.close();
        return Optional.empty();
      }
      PackObjects objects = inOffsetOrder(index, channel);
      objects.readHeaders();
      objects.resolveTypes();
      return Optional.of(objects);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      return Optional.empty();
    }
  }

  private static boolean validHeader(FileChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(12);
    while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
      // fill
    }
    int version = head.getInt(4);
    return !head.hasRemaining() && head.getInt(0) == 0x5041434b && (version == 2 || version == 3);
  }

  private static PackObjects inOffsetOrder(PackIndex index, FileChannel channel) throws IOException {
    long n = index.getObjectCount();
    if (n >= Integer.MAX_VALUE - 8) {
      throw new IOException("too many objects in one pack: " + n);
    }
    int count = (int) n;
    long[] byPosition = new long[count];
    for (int p = 0; p < count; p++) {
      byPosition[p] = index.getOffset(p);
    }
    int[] order = positionsByOffset(byPosition);
    long[] offsets = new long[count];
    int[] byIndexPosition = new int[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = byPosition[order[i]];
      byIndexPosition[order[i]] = i;
    }
    return new PackObjects(index, channel, offsets, byIndexPosition);
  }

  /** Index positions sorted by offset: packed into longs (offset high, position low) when they fit. */
  static int[] positionsByOffset(long[] byPosition) {
    int count = byPosition.length;
    int positionBits = 64 - Long.numberOfLeadingZeros(Math.max(1, count));
    long maxOffset = 0;
    for (long offset : byPosition) {
      maxOffset = Math.max(maxOffset, offset);
    }
    int[] order = new int[count];
    if (64 - Long.numberOfLeadingZeros(maxOffset) + positionBits < 63) {
      long[] keys = new long[count];
      for (int p = 0; p < count; p++) {
        keys[p] = (byPosition[p] << positionBits) | p;
      }
      Arrays.sort(keys);
      long mask = (1L << positionBits) - 1;
      for (int i = 0; i < count; i++) {
        order[i] = (int) (keys[i] & mask);
      }
      return order;
    }
    Integer[] boxed = new Integer[count];
    Arrays.setAll(boxed, p -> p);
    Arrays.sort(boxed, (a, b) -> Long.compare(byPosition[a], byPosition[b]));
    Arrays.setAll(order, i -> boxed[i]);
    return order;
  }

  /** One forward pass over the pack, decoding each object's header. */
  private void readHeaders() throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    long bufStart = 0;
    buf.limit(0);
    for (int i = 0; i < count; i++) {
      long at = offsets[i];
      if (at < bufStart || at + MAX_HEADER > bufStart + buf.limit()) {
        buf.clear();
        fill(buf, at);
        bufStart = at;
      }
      readHeader(i, buf, (int) (at - bufStart));
    }
  }

  private void fill(ByteBuffer buf, long at) throws IOException {
    while (buf.hasRemaining()) {
      int n = channel.read(buf, at + buf.position());
      if (n < 0) {
        break;
      }
    }
    buf.flip();
  }

  private void readHeader(int i, ByteBuffer buf, int start) throws IOException {
    int p = start;
    int c = buf.get(p++) & 0xff;
    int type = (c >> 4) & 7;
    long size = c & 15;
    for (int shift = 4; (c & 0x80) != 0; shift += 7) {
      c = buf.get(p++) & 0xff;
      size |= (long) (c & 0x7f) << shift;
    }
    bases[i] = -1;
    if (type == OFS_DELTA) {
      c = buf.get(p++) & 0xff;
      long back = c & 0x7f;
      while ((c & 0x80) != 0) {
        c = buf.get(p++) & 0xff;
        back = ((back + 1) << 7) | (c & 0x7f);
      }
      bases[i] = Arrays.binarySearch(offsets, 0, i, offsets[i] - back);
    } else if (type == REF_DELTA) {
      byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
      buf.get(p, id);
      p += id.length;
      bases[i] = find(ObjectId.fromRaw(id));
    }
    if (bases[i] < -1) {
      bases[i] = -1;
    }
    if (bases[i] >= 0) {
      deltaCounts[bases[i]]++;
    }
    kinds[i] = (byte) type;
    headerLengths[i] = (byte) (p - start);
    sizes[i] = size;
  }

  /** Gives each delta its base's type (0 when the chain leaves the pack or loops). */
  private void resolveTypes() {
    for (int i = 0; i < count; i++) {
      types[i] = baseType(i);
    }
  }

  private byte baseType(int i) {
    int at = i;
    for (int depth = 0; depth <= count; depth++) {
      if (!isDelta(at)) {
        return kinds[at];
      }
      if (bases[at] < 0) {
        return 0;
      }
      at = bases[at];
    }
    return 0;
  }

  /** The number of the object with id {@code id}, or -1 when it is not in this pack. */
  int find(AnyObjectId id) {
    int position = index.findPosition(id);
    return position < 0 ? -1 : byIndexPosition[position];
  }

  int count() {
    return count;
  }

  /** The object's type ({@link Constants#OBJ_BLOB}, …); a delta has its base's; 0 if unknown. */
  int type(int i) {
    return types[i];
  }

  boolean isDelta(int i) {
    return kinds[i] == OFS_DELTA || kinds[i] == REF_DELTA;
  }

  int base(int i) {
    return bases[i];
  }

  int deltaCount(int i) {
    return deltaCounts[i];
  }

  /** The size in the object's header: the object's size, or a delta's instruction size. */
  long storedSize(int i) {
    return sizes[i];
  }

  /** Where the object's compressed data starts and ends in the pack file. */
  long dataStart(int i) {
    return offsets[i] + headerLengths[i];
  }

  long dataEnd(int i) {
    return i + 1 < count ? offsets[i + 1] : dataEnd;
  }

  FileChannel channel() {
    return channel;
  }

  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // nothing was written; nothing to lose
    }
  }
}

package dev.keyward.core.source.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.internal.storage.pack.BinaryDelta;

/**
 * Inflates objects from {@link PackObjects} and applies deltas. One per thread (it owns an {@link
 * Inflater} and a read buffer); the pack's file channel is shared, read with positional reads.
 */
final class PackInflater implements AutoCloseable {
  private static final int CHUNK = 64 << 10;

  private final Inflater inflater = new Inflater();
  private final byte[] in = new byte[CHUNK];

  /**
   * The object's stored data, inflated: a whole object's content, or a delta's instructions.
   *
   * @throws CorruptObjectException the data does not inflate to the size its header gives
   */
  byte[] inflate(PackObjects pack, int i) throws IOException {
    long size = pack.storedSize(i);
    if (size > Integer.MAX_VALUE - 8) {
      throw new CorruptObjectException("object too large to inflate here: " + size + " bytes");
    }
    byte[] out = new byte[(int) size];
    long at = pack.dataStart(i);
    long end = pack.dataEnd(i);
    inflater.reset();
    int done = 0;
    try {
      while (done < out.length) {
        if (inflater.needsInput()) {
          if (at >= end) {
            break;
          }
          int n = read(pack, at, (int) Math.min(in.length, end - at));
          inflater.setInput(in, 0, n);
          at += n;
        }
        int n = inflater.inflate(out, done, out.length - done);
        done += n;
        if (n == 0 && (inflater.finished() || inflater.needsDictionary())) {
          break;
        }
      }
    } catch (DataFormatException e) {
      throw new CorruptObjectException("object at offset " + pack.dataStart(i) + " does not inflate: " + e.getMessage());
    }
    if (done != out.length) {
      throw new CorruptObjectException("object at offset " + pack.dataStart(i) + " inflates to the wrong size");
    }
    return out;
  }

  private int read(PackObjects pack, long at, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(in, 0, length);
    while (buf.hasRemaining()) {
      if (pack.channel().read(buf, at + buf.position()) < 0) {
        throw new CorruptObjectException("pack ends inside an object at offset " + at);
      }
    }
    return length;
  }

  /** The size of the object {@code delta} builds, read from its header without applying it. */
  static long resultSize(byte[] delta) {
    return BinaryDelta.getResultSize(delta);
  }

  /**
   * The object {@code delta} builds from {@code base}.
   *
   * @throws CorruptObjectException the delta does not fit the base
   */
  static byte[] apply(byte[] base, byte[] delta) throws CorruptObjectException {
    try {
      if (BinaryDelta.getBaseSize(delta) != base.length) {
        throw new CorruptObjectException("delta base has the wrong size");
      }
      return BinaryDelta.apply(base, delta);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new CorruptObjectException("delta does not apply: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    inflater.end();
  }
}

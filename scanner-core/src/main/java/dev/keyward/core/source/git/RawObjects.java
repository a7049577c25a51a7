package dev.keyward.core.source.git;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Reads whole objects (trees, commits) by id for one thread: from the packs, keeping recently built
 * objects in a small LRU cache so that walking consecutive versions of a tree applies each delta
 * about once; objects that are loose, in an alternate, or that the packs cannot give, through JGit.
 */
final class RawObjects implements AutoCloseable {
  private final Packs packs;
  private final ObjectReader jgit;
  private final PackInflater inflater = new PackInflater();
  private final Lru cache;
  private int[] chain = new int[64];

  /** @param cacheBytes how many bytes of built objects to keep */
  RawObjects(Packs packs, ObjectReader jgit, long cacheBytes) {
    this.packs = packs;
    this.jgit = jgit;
    this.cache = new Lru(cacheBytes);
  }

  /**
   * The content of object {@code id} of type {@code type}.
   *
   * @throws org.eclipse.jgit.errors.MissingObjectException the object is not in the repository
   * @throws IOException it cannot be read
   */
  byte[] read(AnyObjectId id, int type) throws IOException {
    for (int p = 0; p < packs.size(); p++) {
      PackObjects pack = packs.get(p);
      int i = pack.find(id);
      if (i >= 0 && pack.type(i) == type) {
        try {
          return build(p, pack, i);
        } catch (IOException | RuntimeException e) {
          break; // let JGit read it, and say what is wrong if it cannot either
        }
      }
    }
    return jgit.open(id, type).getCachedBytes(Integer.MAX_VALUE);
  }

  /** Climbs the delta chain to a cached or whole object, then applies the deltas down to {@code i}. */
  private byte[] build(int p, PackObjects pack, int i) throws IOException {
    int depth = 0;
    int at = i;
    byte[] data;
    while ((data = cache.get(key(p, at))) == null && pack.isDelta(at)) {
      if (depth == chain.length) {
        chain = java.util.Arrays.copyOf(chain, depth * 2);
      }
      chain[depth++] = at;
      at = pack.base(at);
      if (at < 0 || depth > pack.count()) {
        throw new IOException("delta chain leaves the pack");
      }
    }
    if (data == null) {
      data = inflater.inflate(pack, at);
      keepIfBase(p, pack, at, data);
    }
    while (depth > 0) {
      int j = chain[--depth];
      data = PackInflater.apply(data, inflater.inflate(pack, j));
      keepIfBase(p, pack, j, data);
    }
    return data;
  }

  /** Only objects that deltas are built on are worth keeping: callers keep what they read. */
  private void keepIfBase(int p, PackObjects pack, int i, byte[] data) {
    if (pack.deltaCount(i) > 0) {
      cache.put(key(p, i), data);
    }
  }

  private static long key(int pack, int i) {
    return ((long) pack << 32) | i;
  }

  @Override
  public void close() {
    inflater.close();
  }

  /** Built objects by pack and number, least recently used dropped first, bounded in bytes. */
  private static final class Lru extends LinkedHashMap<Long, byte[]> {
    private static final long serialVersionUID = 1L;
    private final long limit;
    private long bytes;

    Lru(long limit) {
      super(256, 0.75f, true);
      this.limit = limit;
    }

    @Override
    public byte[] put(Long key, byte[] value) {
      bytes += value.length;
      byte[] old = super.put(key, value);
      if (old != null) {
        bytes -= old.length;
      }
      Iterator<Map.Entry<Long, byte[]>> eldest = entrySet().iterator();
      while (bytes > limit && size() > 1) {
        bytes -= eldest.next().getValue().length;
        eldest.remove();
      }
      return old;
    }
  }
}

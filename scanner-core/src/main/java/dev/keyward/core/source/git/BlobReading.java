package dev.keyward.core.source.git;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads the blobs a walk found, each once, and hands them to the sink. Packed blobs are built along
 * their pack's delta trees ({@link DeltaForest}): each object is inflated once and each delta
 * applied once to its base, which is still in memory, so nothing is resolved twice and nothing
 * needs a cache. The delta trees are work for a fork/join pool: a worker goes depth first, and an
 * idle worker takes a subtree. Blobs outside the packs, and any the packs cannot give, are read
 * through JGit. Oversized blobs are skipped by size before they are inflated (a delta's size is in
 * its first bytes), unless other blobs are built from them.
 */
final class BlobReading {
  private final Repository repo;
  private final Packs packs;
  private final Commits commits;
  private final ScanLimits limits;
  private final int threads;
  /** Objects larger than this are not built even as delta bases; their deltas are read through JGit. */
  private final long baseLimit;

  BlobReading(Repository repo, Packs packs, Commits commits, ScanLimits limits, int threads) {
    this.repo = repo;
    this.packs = packs;
    this.commits = commits;
    this.limits = limits;
    this.threads = threads;
    this.baseLimit = Math.max(limits.maxFileBytes(), 32L << 20);
  }

  void read(BlobIndex index, FragmentSink sink) {
    sink.expect(index.size());
    List<BlobIndex.Blob> elsewhere = new ArrayList<>();
    List<DeltaForest> forests = DeltaForest.of(packs, index, elsewhere);
    ConcurrentLinkedQueue<Reader> readers = new ConcurrentLinkedQueue<>();
    ThreadLocal<Reader> reader = ThreadLocal.withInitial(() -> {
      Reader r = new Reader(repo.newObjectReader());
      readers.add(r);
      return r;
    });
    ForkJoinPool pool = new ForkJoinPool(threads, daemonThreads(), null, false);
    try {
      pool.invoke(new All(forests, elsewhere, new Context(sink, reader)));
    } finally {
      pool.shutdown();
      readers.forEach(Reader::close);
    }
  }

  private static ForkJoinPool.ForkJoinWorkerThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return pool -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      t.setDaemon(true);
      t.setName("keyward-blobs-" + n.incrementAndGet());
      return t;
    };
  }

  /** What every task needs: where blobs go and the calling thread's readers. */
  private record Context(FragmentSink sink, ThreadLocal<Reader> reader) {}

  /** One thread's JGit reader, pack inflater and commit reader. */
  private final class Reader implements AutoCloseable {
    final ObjectReader jgit;
    final PackInflater inflater = new PackInflater();
    final RawObjects objects;

    Reader(ObjectReader jgit) {
      this.jgit = jgit;
      this.objects = new RawObjects(packs, jgit, 1L << 20);
    }

    @Override
    public void close() {
      objects.close();
      inflater.close();
      jgit.close();
    }
  }

  /** Starts a task per delta tree, and one per run of blobs that JGit reads. */
  private final class All extends CountedCompleter<Void> {
    private static final long serialVersionUID = 1L;
    private final transient List<DeltaForest> forests;
    private final transient List<BlobIndex.Blob> elsewhere;
    private final transient Context context;

    All(List<DeltaForest> forests, List<BlobIndex.Blob> elsewhere, Context context) {
      this.forests = forests;
      this.elsewhere = elsewhere;
      this.context = context;
    }

    @Override
    public void compute() {
      for (DeltaForest forest : forests) {
        for (int root : forest.roots()) {
          addToPendingCount(1);
          new Node(this, context, forest, root, null).fork();
        }
      }
      for (int from = 0; from < elsewhere.size(); from += 64) {
        List<BlobIndex.Blob> run = elsewhere.subList(from, Math.min(elsewhere.size(), from + 64));
        addToPendingCount(1);
        new ThroughJgit(this, context, run).fork();
      }
      tryComplete();
    }
  }

  /** Blobs read through JGit, one by one. */
  private final class ThroughJgit extends CountedCompleter<Void> {
    private static final long serialVersionUID = 1L;
    private final transient Context context;
    private final transient List<BlobIndex.Blob> blobs;

    ThroughJgit(CountedCompleter<?> parent, Context context, List<BlobIndex.Blob> blobs) {
      super(parent);
      this.context = context;
      this.blobs = blobs;
    }

    @Override
    public void compute() {
      for (BlobIndex.Blob blob : blobs) {
        readThroughJgit(blob, context);
      }
      tryComplete();
    }
  }

  /** One object of a delta tree: built from its parent's bytes, scanned if wanted, then its deltas. */
  private final class Node extends CountedCompleter<Void> {
    private static final long serialVersionUID = 1L;
    private final transient Context context;
    private final transient DeltaForest forest;
    private final int object;
    /** The base's bytes until this object is built (then dropped, so a chain is not kept alive by its tasks). */
    private transient byte[] base;

    Node(CountedCompleter<?> parent, Context context, DeltaForest forest, int object, byte[] base) {
      super(parent);
      this.context = context;
      this.forest = forest;
      this.object = object;
      this.base = base;
    }

    @Override
    public void compute() {
      byte[] data;
      try {
        data = build();
        base = null;
      } catch (IOException | RuntimeException e) {
        base = null;
        forest.wantedBelow(object, true).forEach(blob -> readThroughJgit(blob, context));
        tryComplete();
        return;
      }
      if (data != null) {
        if (data.length <= limits.maxFileBytes()) {
          forest.wanted(object).ifPresent(blob -> emit(blob, data, context));
        }
        for (int child : forest.children(object)) {
          addToPendingCount(1);
          new Node(this, context, forest, child, data).fork();
        }
      }
      tryComplete();
    }

    /** The object's bytes; null when it is too large to build (its deltas then go through JGit). */
    private byte[] build() throws IOException {
      PackObjects pack = forest.pack();
      PackInflater inflater = context.reader().get().inflater;
      byte[] delta = base == null ? null : inflater.inflate(pack, object);
      long size = delta == null ? pack.storedSize(object) : PackInflater.resultSize(delta);
      boolean hasChildren = forest.children(object).length > 0;
      if (size > limits.maxFileBytes()) {
        forest.wanted(object).ifPresent(blob -> tooLarge(blob, size, context));
        if (!hasChildren) {
          return null;
        }
      }
      if (size > baseLimit) {
        forest.wantedBelow(object, false).forEach(blob -> readThroughJgit(blob, context));
        return null;
      }
      return delta == null ? inflater.inflate(pack, object) : PackInflater.apply(base, delta);
    }
  }

  private void readThroughJgit(BlobIndex.Blob blob, Context context) {
    ObjectReader reader = context.reader().get().jgit;
    try {
      long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
      if (size > limits.maxFileBytes()) {
        tooLarge(blob, size, context);
        return;
      }
      emit(blob, reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE), context);
    } catch (MissingObjectException e) {
      context.sink().skipped(where(blob), SkipReason.MISSING_OBJECT,
          "blob " + blob.name() + " is missing from the repository");
    } catch (IOException | LargeObjectException e) {
      context.sink().skipped(where(blob), SkipReason.UNREADABLE, "cannot read blob " + blob.name() + ": " + e.getMessage());
    }
  }

  private void emit(BlobIndex.Blob blob, byte[] bytes, Context context) {
    List<Introduction> intros = blob.introductions();
    List<Origin> origins = new ArrayList<>(intros.size());
    try {
      for (Introduction intro : intros) {
        origins.add(commits.origin(intro.commit(), intro.path(), context.reader().get().objects));
      }
    } catch (IOException e) {
      context.sink().skipped(where(blob), SkipReason.UNREADABLE, "cannot read the commit that introduced blob "
          + blob.name() + ": " + e.getMessage());
      return;
    }
    context.sink().accept(new Fragment(origins, bytes));
  }

  private void tooLarge(BlobIndex.Blob blob, long size, Context context) {
    context.sink().skipped(where(blob), SkipReason.TOO_LARGE, limits.overFileLimit(size));
  }

  /** How a person finds the blob: its first path and commit, as reports show them. */
  private String where(BlobIndex.Blob blob) {
    Introduction first = blob.introductions().get(0);
    return first.path() + "@" + commits.shortId(first.commit());
  }
}

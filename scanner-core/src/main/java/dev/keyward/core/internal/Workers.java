package dev.keyward.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed pool of daemon threads with a bounded number of tasks in flight, so a producer that walks
 * faster than workers scan cannot fill memory. Not API.
 */
public final class Workers implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  /** Whether the failure was already thrown to the caller (so close() does not throw it again). */
  private boolean failureThrown;

  public Workers(int threads, String name) {
    this(threads, name, threads * 4);
  }

  /**
   * @param maxQueued how many submitted tasks may wait or run at once before {@link #submit} blocks;
   *     tasks that capture only a path can afford many, so their producer runs ahead
   */
  public Workers(int threads, String name, int maxQueued) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    if (maxQueued < threads) {
      throw new IllegalArgumentException("maxQueued must be at least threads");
    }
    this.inFlight = new Semaphore(maxQueued);
  }

  /** Runs {@code task} on a worker, waiting while too many tasks are queued. */
  public void submit(Runnable task) {
    rethrowFailure();
    inFlight.acquireUninterruptibly();
    try {
      pool.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          inFlight.release();
        }
      });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  /** Waits for every submitted task; rethrows the first task failure (a bug, not bad input). */
  @Override
  public void close() {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: scans of large trees take long
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    }
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable t = failure.get();
    if (t == null || failureThrown) {
      return;
    }
    failureThrown = true;
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
  }
}

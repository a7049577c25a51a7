package dev.keyward.cli;

import dev.keyward.core.ProgressListener;
import dev.keyward.core.ScanProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A one-line progress display on a terminal's stderr: nothing for the first two seconds (short scans
 * stay silent), then the line is redrawn four times a second, and erased when the scan ends so the
 * report that follows starts on a clean line. Only ever used when the user watches a terminal.
 */
final class ProgressLine implements ProgressListener {
  static final long DELAY_MILLIS = 2_000;
  static final long PERIOD_MILLIS = 250;

  private final PrintStream err;
  private final LongSupplier nanoClock;
  private ScheduledExecutorService timer;
  private Supplier<ScanProgress> view;
  private long startNanos;
  private int drawnWidth;

  ProgressLine(PrintStream err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  @Override
  public synchronized void started(Supplier<ScanProgress> progress) {
    view = progress;
    startNanos = nanoClock.getAsLong();
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "keyward-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void finished() {
    ScheduledExecutorService t;
    synchronized (this) {
      t = timer;
      timer = null;
    }
    if (t != null) {
      t.shutdownNow();
      try {
        t.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    erase();
  }

  /** Redraws the line (the timer calls this). */
  synchronized void draw() {
    if (view == null) {
      return;
    }
    String line = render(view.get(), nanoClock.getAsLong() - startNanos);
    String pad = " ".repeat(Math.max(0, drawnWidth - line.length()));
    err.print("\r" + line + pad);
    err.flush();
    drawnWidth = line.length();
  }

  private synchronized void erase() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** E.g. {@code keyward: 1,204 / 15,224 files  96.3 MiB  48.1 MiB/s}. */
  static String render(ScanProgress p, long elapsedNanos) {
    StringBuilder sb = new StringBuilder("keyward: ");
    sb.append(String.format(Locale.ROOT, "%,d", p.done()));
    p.knownTotal().ifPresent(total -> sb.append(String.format(Locale.ROOT, " / %,d", Math.max(total, p.done()))));
    double mib = p.bytes() / 1048576.0;
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    sb.append(' ').append(p.unit());
    sb.append(String.format(Locale.ROOT, "  %.1f MiB  %.1f MiB/s", mib, mib / seconds));
    return sb.toString();
  }
}

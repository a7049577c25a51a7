package dev.keyward.core.engine;

import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.FakeKeys;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Throughput of both engines over real source (not a test; run by {@code scanner-core/bench/engine-throughput.sh}):
 * reads up to {@code --mib} MiB of entries from a zip (a JDK's {@code lib/src.zip}) into memory, then
 * for 1 and 2 threads times the raw-read floor, the candidate searches alone, the engines (search
 * plus Java confirmation) and the engines with the decoding stage (base64, hex, ...), printing MiB/s per thread from each thread's CPU time and from
 * wall time, and the hit counts (which must agree between the engines). Every 25th file gets one
 * expanded rule example appended, so that there are findings to count.
 */
public final class EngineThroughput {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int PLANT_EVERY = 25;

  private EngineThroughput() {}

  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args.length > 0 ? args[0] : "/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
    long limit = (args.length > 1 ? Long.parseLong(args[1]) : 100) << 20;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    RulePack pack = RulePack.builtin();
    List<Content> files = read(zip, limit, pack);
    long bytes = files.stream().mapToLong(c -> c.text().length()).sum();
    System.out.printf("%d files, %.1f MiB, %d rules; every %dth file ends with one rule example%n",
        files.size(), bytes / 1048576.0, pack.size(), PLANT_EVERY);
    long t0 = System.nanoTime();
    Engine javaEngine = new Engine(pack, DecodeLimits.off(), EngineChoice.JAVA);
    long t1 = System.nanoTime();
    Engine nativeEngine = new Engine(pack, DecodeLimits.off(), EngineChoice.NATIVE);
    long t2 = System.nanoTime();
    System.out.printf("engine set-up: java %.1f ms, native %.1f ms (library load, database from cache or compiled)%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    CandidateSearch javaSearch = new KeywordSearch(pack.rules());
    CandidateSearch nativeSearch = EngineChoice.nativeOr(pack.rules(), new KeywordSearch(pack.rules()));
    Map<String, ToLongFunction<Content>> runs = new java.util.LinkedHashMap<>();
    runs.put("raw read (sum of chars)", EngineThroughput::touch);
    runs.put("java keyword search only", c -> count(javaSearch.search(c).windows()));
    runs.put("native search only", c -> count(nativeSearch.search(c).windows()));
    runs.put("java engine", c -> javaEngine.find(c, "src.java").size());
    runs.put("native engine", c -> nativeEngine.find(c, "src.java").size());
    Engine javaDecoding = new Engine(pack, DecodeLimits.defaults(), EngineChoice.JAVA);
    Engine nativeDecoding = new Engine(pack, DecodeLimits.defaults(), EngineChoice.NATIVE);
    runs.put("java engine + decoding", c -> javaDecoding.find(c, "src.java").size());
    runs.put("native engine + decoding", c -> nativeDecoding.find(c, "src.java").size());
    for (int threads = 1; threads <= 2; threads++) {
      System.out.printf("%n%d thread(s)%n", threads);
      for (Map.Entry<String, ToLongFunction<Content>> run : runs.entrySet()) {
        measure(run.getKey(), run.getValue(), files, bytes, threads, rounds);
      }
    }
    compareHits(javaEngine, nativeEngine, files);
    compareHits(javaDecoding, nativeDecoding, files);
  }

  /** Reads entries up to {@code limit} bytes; every {@link #PLANT_EVERY}th gets a rule example appended. */
  private static List<Content> read(Path zip, long limit, RulePack pack) throws IOException {
    List<String> examples = new ArrayList<>();
    pack.rules().forEach(r -> examples.addAll(r.examples()));
    List<Content> files = new ArrayList<>();
    for (byte[] entry : entries(zip, limit)) {
      byte[] data = entry;
      if (files.size() % PLANT_EVERY == 0 && !examples.isEmpty()) {
        int k = files.size() / PLANT_EVERY;
        String example = FakeKeys.expand(examples.get(k % examples.size()), k).text();
        data = (new String(data, StandardCharsets.ISO_8859_1) + "\n" + example + "\n").getBytes(StandardCharsets.ISO_8859_1);
      }
      Content.of(data).ifPresent(files::add);
    }
    return files;
  }

  /** The zip's file entries in order, until {@code limit} bytes have been read. */
  static List<byte[]> entries(Path zip, long limit) throws IOException {
    List<byte[]> entries = new ArrayList<>();
    long total = 0;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.isDirectory() && total < limit) {
          try (InputStream in = z.getInputStream(e)) {
            byte[] data = in.readAllBytes();
            entries.add(data);
            total += data.length;
          }
        }
      }
    }
    return entries;
  }

  private static long touch(Content c) {
    String text = c.text();
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += text.charAt(i);
    }
    return sum & 1;
  }

  private static long count(Windows[] windows) {
    long n = 0;
    for (Windows w : windows) {
      n += w == null ? 0 : w.sorted().size;
    }
    return n;
  }

  /** Runs {@code job} over the files split among {@code threads}, {@code rounds} times; prints the best round. */
  private static void measure(String name, ToLongFunction<Content> job, List<Content> files, long bytes,
      int threads, int rounds) throws InterruptedException {
    double bestCpu = 0;
    double bestWall = 0;
    long result = 0;
    for (int round = 0; round <= rounds; round++) {
      AtomicLong cpuNanos = new AtomicLong();
      AtomicLong hits = new AtomicLong();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        workers.add(new Thread(() -> {
          long start = CPU.getCurrentThreadCpuTime();
          long h = 0;
          for (int i = first; i < files.size(); i += threads) {
            h += job.applyAsLong(files.get(i));
          }
          cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - start);
          hits.addAndGet(h);
        }));
      }
      long wall = System.nanoTime();
      workers.forEach(Thread::start);
      for (Thread w : workers) {
        w.join();
      }
      wall = System.nanoTime() - wall;
      if (round == 0) {
        continue; // warm-up
      }
      double mib = bytes / 1048576.0;
      bestCpu = Math.max(bestCpu, mib / (cpuNanos.get() / 1e9));
      bestWall = Math.max(bestWall, mib / (wall / 1e9) / threads);
      result = hits.get();
    }
    System.out.printf("  %-28s %8.1f MiB/s per thread (CPU)  %8.1f MiB/s per thread (wall)  count %d%n",
        name, bestCpu, bestWall, result);
  }

  private static void compareHits(Engine javaEngine, Engine nativeEngine, List<Content> files) {
    Map<String, Integer> java = new TreeMap<>();
    Map<String, Integer> nat = new TreeMap<>();
    for (Content c : files) {
      javaEngine.find(c, "src.java").forEach(m -> java.merge(m.rule().id(), 1, Integer::sum));
      nativeEngine.find(c, "src.java").forEach(m -> nat.merge(m.rule().id(), 1, Integer::sum));
    }
    int total = java.values().stream().mapToInt(Integer::intValue).sum();
    if (java.equals(nat)) {
      System.out.printf("hit counts agree: %d findings by %d rules%n", total, java.size());
    } else {
      System.out.printf("HIT COUNTS DIFFER%n  java   %s%n  native %s%n", java, nat);
    }
  }
}

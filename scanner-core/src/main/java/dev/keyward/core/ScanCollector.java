package dev.keyward.core;

import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.engine.Match;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Origin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** The sink every source feeds: decodes, matches, applies the configured allowlist, counts. Thread-safe. */
final class ScanCollector implements FragmentSink {
  private final Engine engine;
  private final FindingFactory factory;
  private final Allowlist allowlist;
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ScanWarning> warnings = new ConcurrentLinkedQueue<>();
  private final Map<SkipReason, LongAdder> skipped = new EnumMap<>(SkipReason.class);
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder allowlisted = new LongAdder();

  ScanCollector(Engine engine, FindingFactory factory, Allowlist allowlist) {
    this.engine = engine;
    this.factory = factory;
    this.allowlist = allowlist;
    for (SkipReason reason : SkipReason.values()) {
      skipped.put(reason, new LongAdder());
    }
  }

  @Override
  public void accept(Fragment fragment) {
    Optional<Content> content = Content.of(fragment.bytes());
    if (content.isEmpty()) {
      skipped(fragment.origin().displayPath(), SkipReason.BINARY, "binary content");
      return;
    }
    files.increment();
    bytes.add(fragment.bytes().length);
    List<Match> matches = null;
    for (Origin origin : fragment.origins()) {
      if (allowlist.allowsPath(origin.path())) {
        continue;
      }
      if (matches == null || engine.hasPathRules()) {
        matches = engine.find(content.get(), origin.path());
      }
      for (Finding f : factory.findings(origin, content.get(), matches)) {
        add(f);
      }
    }
  }

  /** Adds a finding from any source (rules or policies), applying the configured allowlist. */
  void add(Finding f) {
    if (f.secret().map(s -> allowlist.allowsSecret(s.reveal())).orElse(false)) {
      allowlisted.increment();
    } else {
      findings.add(f);
    }
  }

  @Override
  public void skipped(String path, SkipReason reason, String detail) {
    skipped.get(reason).increment();
    if (reason.warns()) {
      warnings.add(new ScanWarning(path, reason, detail));
    }
  }

  List<Finding> findings() {
    return new ArrayList<>(findings);
  }

  List<ScanWarning> warnings() {
    return new ArrayList<>(warnings);
  }

  ScanStats stats(Duration elapsed, long commits) {
    Map<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
    skipped.forEach((reason, n) -> counts.put(reason, n.sum()));
    long blobs = commits > 0 ? files.sum() : 0;
    return new ScanStats(files.sum(), bytes.sum(), counts, allowlisted.sum(), elapsed, commits, blobs);
  }
}

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
import dev.keyward.core.structured.StructuredStage;
import dev.keyward.core.suppress.InlineAllow;
import dev.keyward.core.suppress.SuppressedFinding;
import dev.keyward.core.suppress.Suppression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** The sink every source feeds: decodes, matches, applies the configured allowlist, counts. Thread-safe. */
final class ScanCollector implements FragmentSink {
  private final Engine engine;
  private final StructuredStage structured;
  private final FindingFactory factory;
  private final Allowlist allowlist;
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ScanWarning> warnings = new ConcurrentLinkedQueue<>();
  private final Map<SkipReason, LongAdder> skipped = new EnumMap<>(SkipReason.class);
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder allowlisted = new LongAdder();
  private final LongAdder done = new LongAdder();
  private volatile long expected = -1;
  private final ConcurrentLinkedQueue<SuppressedFinding> suppressed = new ConcurrentLinkedQueue<>();
  private final boolean inlineAllow;
  private final Set<String> ruleIds;

  /**
   * @param inlineAllow honour {@code keyward:allow} comments
   * @param ruleIds the ids of the rules that run (so {@code keyward:allow <rule-id>} can be told apart)
   */
  ScanCollector(Engine engine, StructuredStage structured, FindingFactory factory, Allowlist allowlist,
      boolean inlineAllow, Set<String> ruleIds) {
    this.inlineAllow = inlineAllow;
    this.ruleIds = Set.copyOf(ruleIds);
    this.engine = engine;
    this.structured = structured;
    this.factory = factory;
    this.allowlist = allowlist;
    for (SkipReason reason : SkipReason.values()) {
      skipped.put(reason, new LongAdder());
    }
  }

  @Override
  public void accept(Fragment fragment) {
    fragment.origins().forEach(o -> structured.see(o.path()));
    Optional<Content> content = Content.of(fragment.bytes());
    if (content.isEmpty()) {
      skipped(fragment.origin().displayPath(), SkipReason.BINARY, "binary content");
      return;
    }
    files.increment();
    bytes.add(fragment.bytes().length);
    try {
      match(fragment, content.get());
    } finally {
      done.increment();
    }
  }

  private void match(Fragment fragment, Content text) {
    List<Match> textMatches = null;
    InlineAllow inline = null;
    for (Origin origin : fragment.origins()) {
      if (allowlist.allowsPath(origin.path())) {
        continue;
      }
      if (textMatches == null || engine.hasPathRules()) {
        textMatches = engine.find(text, origin.path());
      }
      List<Match> matches = structured.addTo(textMatches, text, origin.path());
      if (matches.isEmpty()) {
        continue;
      }
      if (inline == null && inlineAllow) {
        inline = InlineAllow.of(text.text(), ruleIds).orElse(null);
      }
      for (Finding f : factory.findings(origin, text, matches)) {
        add(f, inline);
      }
    }
  }

  /** Adds a finding from any source (rules or policies), applying the configured allowlist. */
  void add(Finding f) {
    add(f, null);
  }

  /** @param inline the file's {@code keyward:allow} comments, or null when it has none (or they are off) */
  private void add(Finding f, InlineAllow inline) {
    if (f.secret().map(s -> allowlist.allowsSecret(s.reveal())).orElse(false)) {
      allowlisted.increment();
      return;
    }
    Optional<Suppression> why = inline == null ? Optional.empty() : inline.check(f);
    if (why.isPresent()) {
      suppressed.add(new SuppressedFinding(f, why.get()));
    } else {
      findings.add(f);
    }
  }

  @Override
  public void skipped(String path, SkipReason reason, String detail) {
    skipped.get(reason).increment();
    done.increment();
    if (reason.warns()) {
      warnings.add(new ScanWarning(path, reason, detail));
    }
  }

  @Override
  public void expect(long items) {
    expected = items;
  }

  /** How far the scan has got, in {@code unit}s. */
  ScanProgress progress(String unit) {
    return new ScanProgress(unit, done.sum(), expected, bytes.sum());
  }

  /** The findings, those of rules with companion files (keystores) beside them raised to critical. */
  List<Finding> findings() {
    return structured.escalate(new ArrayList<>(findings));
  }

  List<SuppressedFinding> suppressed() {
    return new ArrayList<>(suppressed);
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

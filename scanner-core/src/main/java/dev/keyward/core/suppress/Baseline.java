package dev.keyward.core.suppress;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepted findings, by fingerprint. Matching uses the fingerprint only (rule id, secret and path),
 * so a finding stays baselined when lines are inserted above it, and a changed secret at the same
 * place is new. The rule id, path and line are there for people reading the file.
 */
public record Baseline(List<Entry> entries) {
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path)
      .thenComparingInt(Entry::line).thenComparing(Entry::ruleId).thenComparing(e -> e.fingerprint().value());

  /** Entries sorted by path, line, rule and fingerprint, one per fingerprint. */
  public Baseline {
    Map<Fingerprint, Entry> unique = new LinkedHashMap<>();
    entries.stream().sorted(ORDER).forEach(e -> unique.putIfAbsent(e.fingerprint(), e));
    entries = List.copyOf(unique.values());
  }

  /** The baseline that accepts exactly {@code findings}. */
  public static Baseline of(Collection<Finding> findings) {
    return new Baseline(findings.stream().map(Entry::of).toList());
  }

  public boolean contains(Fingerprint fingerprint) {
    return entries.stream().anyMatch(e -> e.fingerprint().equals(fingerprint));
  }

  public Optional<Entry> entry(Fingerprint fingerprint) {
    return entries.stream().filter(e -> e.fingerprint().equals(fingerprint)).findFirst();
  }

  /**
   * The entries whose fingerprint still occurs among {@code found}, with path and line refreshed;
   * entries that no longer occur are pruned and nothing is added (see {@code --update-baseline}).
   */
  public Baseline prune(Collection<Finding> found) {
    Map<Fingerprint, Finding> current = new LinkedHashMap<>();
    found.stream().sorted(Finding.ORDER).forEach(f -> current.putIfAbsent(f.fingerprint(), f));
    return new Baseline(entries.stream()
        .filter(e -> current.containsKey(e.fingerprint()))
        .map(e -> Entry.of(current.get(e.fingerprint())))
        .toList());
  }

  /** One accepted finding; never the secret. */
  public record Entry(Fingerprint fingerprint, String ruleId, String path, int line) {
    public Entry {
      requireNonNull(fingerprint, "fingerprint");
      requireNonNull(ruleId, "ruleId");
      requireNonNull(path, "path");
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, was " + line);
      }
    }

    static Entry of(Finding f) {
      return new Entry(f.fingerprint(), f.ruleId(), f.origin().path(), f.span().line());
    }
  }
}

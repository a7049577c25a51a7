package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Runs a rule pack over text: one keyword pass finds which rules can match and where; only those
 * rules run their regex, and only in windows around their keyword hits; each candidate then passes
 * allowlist, placeholder, entropy and validator checks. Immutable and thread-safe.
 */
public final class Engine {
  private final List<Rule> rules;
  private final KeywordPrefilter prefilter;
  /** keywordRules[k] = indices of the rules that keyword k selects. */
  private final int[][] keywordRules;
  private final boolean hasPathRules;

  public Engine(RulePack pack) {
    this.rules = pack.rules();
    this.hasPathRules = rules.stream().anyMatch(r -> !r.allowlist().paths().isEmpty());
    Map<String, List<Integer>> byKeyword = new TreeMap<>();
    for (int r = 0; r < rules.size(); r++) {
      for (String keyword : rules.get(r).keywords()) {
        byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(r);
      }
    }
    this.prefilter = new KeywordPrefilter(new ArrayList<>(byKeyword.keySet()));
    this.keywordRules = byKeyword.values().stream()
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /** Every confirmed match in {@code content}, for the file at {@code path}, in text order. */
  public List<Match> find(Content content, String path) {
    if (rules.isEmpty()) {
      return List.of(); // every rule disabled: nothing to look for
    }
    String text = content.text();
    Windows[] windows = new Windows[rules.size()];
    prefilter.scan(text, (keyword, start, end) -> {
      for (int r : keywordRules[keyword]) {
        Windows w = windows[r];
        if (w == null) {
          Rule rule = rules.get(r);
          w = windows[r] = new Windows(text, rule.window(), rule.multiline());
        }
        w.add(start, end);
      }
    });
    List<Match> matches = new ArrayList<>();
    for (int r = 0; r < windows.length; r++) {
      if (windows[r] != null && !rules.get(r).allowlist().allowsPath(path)) {
        confirm(rules.get(r), text, windows[r], matches);
      }
    }
    matches.sort((a, b) -> a.secretStart() != b.secretStart()
        ? Integer.compare(a.secretStart(), b.secretStart())
        : a.rule().id().compareTo(b.rule().id()));
    return matches;
  }

  private static void confirm(Rule rule, String text, Windows windows, List<Match> out) {
    Matcher m = rule.pattern().matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < windows.size; i++) {
      m.region(windows.starts[i], windows.ends[i]);
      while (m.find()) {
        int start = m.start("secret");
        int end = m.end("secret");
        if (start >= 0 && end > start && accepts(rule, text, start, end)) {
          out.add(new Match(rule, start, end));
        }
      }
    }
  }

  private static boolean accepts(Rule rule, String text, int start, int end) {
    String secret = text.substring(start, end);
    if (rule.allowlist().allowsSecret(secret) || PlaceholderFilter.isPlaceholder(secret, text, start)) {
      return false;
    }
    if (rule.minEntropy().isPresent() && Entropy.shannon(secret) < rule.minEntropy().getAsDouble()) {
      return false;
    }
    return rule.validator().map(v -> v.isValid(secret)).orElse(true);
  }

  /** Whether any rule is limited by path, so that the same content can match differently per path. */
  public boolean hasPathRules() {
    return hasPathRules;
  }

  public int ruleCount() {
    return rules.size();
  }

  /**
   * Merged, sorted [start, end) regions around one rule's keyword hits: {@code radius} characters
   * each side, clipped to the hit's line unless the rule is multi-line.
   */
  private static final class Windows {
    private final String text;
    private final int radius;
    private final boolean multiline;
    int[] starts = new int[4];
    int[] ends = new int[4];
    int size;

    Windows(String text, int radius, boolean multiline) {
      this.text = text;
      this.radius = radius;
      this.multiline = multiline;
    }

    void add(int hitStart, int hitEnd) {
      int s = Math.max(0, hitStart - radius);
      int e = (int) Math.min(text.length(), (long) hitEnd + radius);
      if (!multiline) {
        s = lineStart(s, hitStart);
        e = lineEnd(hitEnd, e);
      }
      if (size > 0 && s <= ends[size - 1]) {
        starts[size - 1] = Math.min(starts[size - 1], s);
        ends[size - 1] = Math.max(ends[size - 1], e);
        return;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = s;
      ends[size] = e;
      size++;
    }

    /** The start of the line holding {@code from}, but not before {@code floor}. */
    private int lineStart(int floor, int from) {
      int i = from;
      while (i > floor && text.charAt(i - 1) != '\n') {
        i--;
      }
      return i;
    }

    /** The end of the line holding {@code from} (before its LF), but not after {@code ceiling}. */
    private int lineEnd(int from, int ceiling) {
      int i = from;
      while (i < ceiling && text.charAt(i) != '\n') {
        i++;
      }
      return i;
    }
  }
}

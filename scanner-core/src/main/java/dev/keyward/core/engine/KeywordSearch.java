package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidate search by keywords, in pure Java: one pass of the {@link KeywordPrefilter} finds every
 * rule keyword; each hit opens a region of the rule's window on each side of it, clipped to the hit's
 * line unless the rule is multi-line. Structured rules are left out. Immutable and thread-safe.
 */
final class KeywordSearch implements CandidateSearch {
  private final List<Rule> rules;
  private final KeywordPrefilter prefilter;
  /** keywordRules[k] = indices of the rules that keyword k selects. */
  private final int[][] keywordRules;

  /** A search for every rule of {@code rules}. */
  KeywordSearch(List<Rule> rules) {
    this(rules, allIndices(rules.size()));
  }

  /** A search for the rules at {@code selected} in {@code rules} only (windows are indexed by {@code rules}). */
  KeywordSearch(List<Rule> rules, int[] selected) {
    this.rules = List.copyOf(rules);
    Map<String, List<Integer>> byKeyword = new TreeMap<>();
    for (int r : selected) {
      if (rules.get(r).structured()) {
        continue; // structured rules match parsed values, not text: dev.keyward.core.structured runs them
      }
      for (String keyword : rules.get(r).keywords()) {
        byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(r);
      }
    }
    this.prefilter = new KeywordPrefilter(new ArrayList<>(byKeyword.keySet()));
    this.keywordRules = byKeyword.values().stream()
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  private static int[] allIndices(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  @Override
  public Candidates search(Content content) {
    return new Candidates(windows(content.text()), null);
  }

  Windows[] windows(String text) {
    Windows[] windows = new Windows[rules.size()];
    addTo(text, windows);
    return windows;
  }

  /** Adds the regions around this search's keyword hits in {@code text} to {@code windows}. */
  void addTo(String text, Windows[] windows) {
    if (keywordRules.length == 0) {
      return;
    }
    prefilter.scan(text, (keyword, start, end) -> {
      for (int r : keywordRules[keyword]) {
        Windows w = windows[r];
        if (w == null) {
          w = windows[r] = new Windows(text, rules.get(r).multiline());
        }
        w.addAround(start, end, rules.get(r).window());
      }
    });
  }
}

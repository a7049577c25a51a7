package dev.keyward.core.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds every occurrence of a set of ASCII keywords at once, case-insensitively, in one pass
 * (Aho-Corasick compiled to a dense DFA over ASCII; any other character returns to the start).
 * Immutable and thread-safe.
 */
final class KeywordPrefilter {
  private static final int ALPHABET = 128;
  private static final int[] NONE = new int[0];

  private final String[] keywords;
  /** delta[state * ALPHABET + c] = next state. */
  private final int[] delta;
  /** Keyword ids that end in each state (including those reached through failure links). */
  private final int[][] outputs;

  /** Receives each hit: keyword id and the [start, end) of the occurrence. */
  @FunctionalInterface
  interface HitSink {
    void hit(int keyword, int start, int end);
  }

  KeywordPrefilter(List<String> keywords) {
    this.keywords = keywords.stream().map(KeywordPrefilter::lower).toArray(String[]::new);
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(newRow());
    out.add(new ArrayList<>());
    for (int k = 0; k < this.keywords.length; k++) {
      int state = 0;
      for (char c : this.keywords[k].toCharArray()) {
        if (trie.get(state)[c] < 0) {
          trie.get(state)[c] = trie.size();
          trie.add(newRow());
          out.add(new ArrayList<>());
        }
        state = trie.get(state)[c];
      }
      out.get(state).add(k);
    }
    int states = trie.size();
    this.delta = new int[states * ALPHABET];
    this.outputs = new int[states][];
    int[] fail = new int[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int next = trie.get(0)[c];
      delta[c] = Math.max(next, 0);
      if (next > 0) {
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 0; c < ALPHABET; c++) {
        int next = trie.get(s)[c];
        if (next > 0) {
          fail[next] = delta[fail[s] * ALPHABET + c];
          delta[s * ALPHABET + c] = next;
          queue.add(next);
        } else {
          delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
        }
      }
    }
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).isEmpty() ? NONE : out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static String lower(String keyword) {
    StringBuilder sb = new StringBuilder(keyword.length());
    for (char c : keyword.toCharArray()) {
      if (c >= ALPHABET) {
        throw new IllegalArgumentException("keywords are ASCII: " + keyword);
      }
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }

  /** Reports every keyword occurrence in {@code text}, in order of end position. */
  void scan(String text, HitSink sink) {
    int state = 0;
    int[] d = delta;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      state = d[state * ALPHABET + c];
      int[] hits = outputs[state];
      for (int k : hits) {
        sink.hit(k, i + 1 - keywords[k].length(), i + 1);
      }
    }
  }

  int keywordCount() {
    return keywords.length;
  }
}

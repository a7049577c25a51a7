package dev.keyward.core.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds every occurrence of a set of ASCII keywords at once, case-insensitively, in one pass
 * (Aho-Corasick compiled to a dense DFA). The table has 256 columns so a byte or Latin-1 char indexes
 * it directly: upper-case columns repeat the lower-case ones and every non-ASCII column leads back to
 * the start. States that complete a keyword are stored negated, so the hot loop is one load and one
 * sign test per character. Immutable and thread-safe.
 */
final class KeywordPrefilter {
  private static final int ASCII = 128;
  private static final int COLUMNS = 256;
  private static final int[] NONE = new int[0];

  private final String[] keywords;
  /** delta[state * 256 + c] = next state, or ~next when next completes a keyword. */
  private final int[] delta;
  /** Keyword ids that end in each state (including those reached through failure links). */
  private final int[][] outputs;
  /**
   * A bitset over the first three characters of every keyword, folded to lower-case 7-bit ASCII
   * (index {@code a << 14 | b << 7 | c}, 256 KiB). In the start state, a position whose three
   * characters begin no keyword cannot begin a match (keywords have at least three characters), so
   * the scan skips it without walking the automaton.
   */
  private final long[] triples = new long[1 << 15];
  /** Case folding for ASCII; every other character folds to 0, which no keyword contains. */
  private static final char[] FOLD = new char[COLUMNS];

  static {
    for (char c = 1; c < ASCII; c++) {
      FOLD[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }

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
    int[] lowerDelta = buildDelta(trie, out);
    int states = trie.size();
    this.outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).isEmpty() ? NONE : out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    for (String k : this.keywords) {
      if (k.length() < 3) {
        throw new IllegalArgumentException("keywords need at least three characters: " + k);
      }
      int t = k.charAt(0) << 14 | k.charAt(1) << 7 | k.charAt(2);
      triples[t >>> 6] |= 1L << t;
    }
    this.delta = new int[states * COLUMNS];
    for (int s = 0; s < states; s++) {
      for (int c = 0; c < ASCII; c++) {
        int folded = c >= 'A' && c <= 'Z' ? c + 32 : c;
        int next = lowerDelta[s * ASCII + folded];
        delta[s * COLUMNS + c] = outputs[next].length > 0 ? ~next : next;
      }
    }
  }

  /** Aho-Corasick over the lower-case ASCII alphabet: goto plus failure links, as a full table. */
  private static int[] buildDelta(List<int[]> trie, List<List<Integer>> out) {
    int states = trie.size();
    int[] d = new int[states * ASCII];
    int[] fail = new int[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ASCII; c++) {
      int next = trie.get(0)[c];
      d[c] = Math.max(next, 0);
      if (next > 0) {
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 0; c < ASCII; c++) {
        int next = trie.get(s)[c];
        if (next > 0) {
          fail[next] = d[fail[s] * ASCII + c];
          d[s * ASCII + c] = next;
          queue.add(next);
        } else {
          d[s * ASCII + c] = d[fail[s] * ASCII + c];
        }
      }
    }
    return d;
  }

  private static int[] newRow() {
    int[] row = new int[ASCII];
    Arrays.fill(row, -1);
    return row;
  }

  private static String lower(String keyword) {
    StringBuilder sb = new StringBuilder(keyword.length());
    for (char c : keyword.toCharArray()) {
      if (c >= ASCII) {
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
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (state == 0) {
        i = nextCandidate(text, i, n);
        if (i >= n) {
          return;
        }
      }
      char c = text.charAt(i);
      int next = c < COLUMNS ? d[(state << 8) | c] : 0;
      if (next < 0) {
        next = ~next;
        for (int k : outputs[next]) {
          sink.hit(k, i + 1 - keywords[k].length(), i + 1);
        }
      }
      state = next;
      i++;
    }
  }

  /**
   * The first position at or after {@code i} whose three characters begin some keyword ({@code n}
   * if none). The loads do not depend on each other, so this runs far faster than the automaton.
   */
  private int nextCandidate(String text, int i, int n) {
    long[] set = triples;
    char[] fold = FOLD;
    if (i + 2 >= n) {
      return n;
    }
    int a = fold(fold, text.charAt(i));
    int b = fold(fold, text.charAt(i + 1));
    for (int j = i; j + 2 < n; j++) {
      int c = fold(fold, text.charAt(j + 2));
      int t = a << 14 | b << 7 | c;
      if ((set[t >>> 6] & (1L << t)) != 0) {
        return j;
      }
      a = b;
      b = c;
    }
    return n;
  }

  private static int fold(char[] fold, char c) {
    return c < COLUMNS ? fold[c] & 0x7f : 0;
  }

  int keywordCount() {
    return keywords.length;
  }
}

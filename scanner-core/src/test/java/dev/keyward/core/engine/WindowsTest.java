package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsTest {
  private static List<String> regions(Windows w) {
    Windows sorted = w.sorted();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sorted.size; i++) {
      out.add(sorted.starts[i] + "-" + sorted.ends[i]);
    }
    return out;
  }

  @Test
  void addEndingAt_reachesBackToTheLineStart() {
    Windows w = new Windows("ab\ncdefgh\nij", false);
    w.addEndingAt(8, 100);
    assertEquals(List.of("3-8"), regions(w));
  }

  @Test
  void addEndingAt_reachesBackNoFurtherThanTheMatchLength() {
    Windows w = new Windows("abcdefghij", false);
    w.addEndingAt(9, 3);
    assertEquals(List.of("6-9"), regions(w));
  }

  @Test
  void addEndingAt_multiLineRuleCrossesLines() {
    Windows w = new Windows("ab\ncd\nef", true);
    w.addEndingAt(7, 6);
    assertEquals(List.of("1-7"), regions(w));
  }

  @Test
  void addEndingAt_matchEndingInLf_addsNothingForLineRules() {
    Windows w = new Windows("ab\ncd", false);
    w.addEndingAt(3, 3);
    assertEquals(List.of(), regions(w));
  }

  @Test
  void addEndingAt_endsOnOneLine_mergeIntoOneRegion() {
    Windows w = new Windows("0123456789\n0123456789", false);
    for (int end = 13; end <= 20; end++) {
      w.addEndingAt(end, 4);
    }
    assertEquals(List.of("11-20"), regions(w));
  }

  @Test
  void addEndingAt_outOfOrderEnds_areSortedAndMerged() {
    Windows w = new Windows("x".repeat(100), false);
    w.addEndingAt(50, 5);
    w.addEndingAt(20, 5);
    w.addEndingAt(48, 5);
    w.addEndingAt(90, 5);
    assertEquals(List.of("15-20", "43-50", "85-90"), regions(w));
  }

  @Test
  void addAround_clipsToTheHitsLine() {
    Windows w = new Windows("aaaa\nbbKEYbb\ncccc", false);
    w.addAround(7, 10, 100);
    assertEquals(List.of("5-12"), regions(w));
  }
}

package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordPrefilterTest {
  @Test
  void scan_overlappingKeywords_allReportedWithPositions() {
    KeywordPrefilter p = new KeywordPrefilter(List.of("he", "she", "hers", "his"));
    List<String> hits = new ArrayList<>();
    p.scan("uSHErs his", (k, s, e) -> hits.add(k + "@" + s + "-" + e));
    assertEquals(List.of("1@1-4", "0@2-4", "2@2-6", "3@7-10"), hits);
  }

  @Test
  void scan_nonAsciiResetsState() {
    KeywordPrefilter p = new KeywordPrefilter(List.of("abc"));
    List<Integer> hits = new ArrayList<>();
    p.scan("abéabc", (k, s, e) -> hits.add(s));
    assertEquals(List.of(3), hits);
  }
}

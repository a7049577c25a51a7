package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordPrefilterTest {
  private static List<String> hits(List<String> keywords, String text) {
    List<String> hits = new ArrayList<>();
    new KeywordPrefilter(keywords).scan(text, (k, s, e) -> hits.add(k + "@" + s + "-" + e));
    return hits;
  }

  @Test
  void scan_overlappingKeywords_allReportedWithPositions() {
    assertEquals(List.of("0@1-4", "3@1-5", "1@2-6", "2@7-10"),
        hits(List.of("she", "hers", "his", "sher"), "uSHErs his"));
  }

  @Test
  void scan_keywordAtStartEndAndAfterLongSkip() {
    String filler = "x".repeat(10_000);
    assertEquals(List.of("0@0-5", "0@10007-10012", "0@10012-10017"),
        hits(List.of("token"), "token" + "ab" + filler + "TOKENtoken"));
  }

  @Test
  void scan_failureLinkAcrossCandidate_stillFound() {
    // "secr" starts "secret" but fails; "cret" must still be found from inside it
    assertEquals(List.of("1@5-9"), hits(List.of("secret", "cret"), "xsecrcret"));
  }

  @Test
  void scan_shortTexts_noHitsNoErrors() {
    assertEquals(List.of(), hits(List.of("abc"), ""));
    assertEquals(List.of(), hits(List.of("abc"), "ab"));
    assertEquals(List.of("0@0-3"), hits(List.of("abc"), "abc"));
  }

  @Test
  void scan_nonAsciiResetsState() {
    assertEquals(List.of("0@3-6"), hits(List.of("abc"), "abéabc"));
  }

  @Test
  void keywordsShorterThanThree_rejected() {
    assertThrows(IllegalArgumentException.class, () -> new KeywordPrefilter(List.of("ab")));
  }
}

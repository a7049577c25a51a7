package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.TestRules;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AdaptiveSearchTest {
  private static final Content CONTENT = Content.of("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).orElseThrow();

  @Test
  @Timeout(10)
  void windows_switchesToTheNativeSearchOnlyAfterTheThreshold() throws Exception {
    KeywordSearch keywords = new KeywordSearch(TestRules.pack().rules());
    CandidateSearch other = content -> new CandidateSearch.Candidates(new Windows[0], null);
    AtomicInteger built = new AtomicInteger();
    AdaptiveSearch search = new AdaptiveSearch(keywords, () -> {
      built.incrementAndGet();
      return other;
    }, 25);
    search.search(CONTENT);
    search.search(CONTENT);
    assertSame(keywords, search.current());
    search.search(CONTENT);
    while (search.current() != other) {
      Thread.sleep(5);
    }
    search.search(CONTENT);
    assertTrue(built.get() == 1, "built once");
  }
}

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
    CandidateSearch other = content -> new Windows[0];
    AtomicInteger built = new AtomicInteger();
    AdaptiveSearch search = new AdaptiveSearch(keywords, () -> {
      built.incrementAndGet();
      return other;
    }, 25);
    search.windows(CONTENT);
    search.windows(CONTENT);
    assertSame(keywords, search.current());
    search.windows(CONTENT);
    while (search.current() != other) {
      Thread.sleep(5);
    }
    search.windows(CONTENT);
    assertTrue(built.get() == 1, "built once");
  }
}

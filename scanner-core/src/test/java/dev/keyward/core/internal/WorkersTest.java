package dev.keyward.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorkersTest {
  @Test
  @Timeout(10)
  void close_waitsForEveryTask() {
    AtomicInteger done = new AtomicInteger();
    try (Workers workers = new Workers(2, "test")) {
      for (int i = 0; i < 100; i++) {
        workers.submit(done::incrementAndGet);
      }
    }
    assertEquals(100, done.get());
  }

  @Test
  @Timeout(10)
  void taskFailure_thrownOnceToTheCaller_notSelfSuppressed() {
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try (Workers workers = new Workers(1, "test")) {
        workers.submit(() -> {
          throw boom;
        });
        for (int i = 0; i < 1000; i++) {
          workers.submit(() -> { });
          Thread.sleep(1);
        }
      }
    });
    assertSame(boom, thrown);
    assertEquals(0, thrown.getSuppressed().length);
  }
}

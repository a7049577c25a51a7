package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntropyTest {
  @Test
  void shannon_knownValues() {
    assertEquals(0.0, Entropy.shannon(""));
    assertEquals(0.0, Entropy.shannon("aaaa"));
    assertEquals(1.0, Entropy.shannon("abab"), 1e-9);
    assertEquals(4.0, Entropy.shannon("0123456789abcdef"), 1e-9);
    assertEquals(1.0, Entropy.shannon("жжзз"), 1e-9);
  }
}

package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EngineChoiceTest {
  @Test
  void parse_namesAreCaseInsensitive_andUnknownOrAbsentMeanAuto() {
    assertEquals(EngineChoice.JAVA, EngineChoice.parse("java"));
    assertEquals(EngineChoice.NATIVE, EngineChoice.parse(" Native "));
    assertEquals(EngineChoice.AUTO, EngineChoice.parse("auto"));
    assertEquals(EngineChoice.AUTO, EngineChoice.parse(null));
    assertEquals(EngineChoice.AUTO, EngineChoice.parse("turbo"));
  }
}

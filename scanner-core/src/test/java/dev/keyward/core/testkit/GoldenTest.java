package dev.keyward.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GoldenTest {
  private static final String FILE = "testkit/golden-self-test.txt";
  private static final Path ACTUAL = Golden.moduleDir().resolve("target/golden-actual/" + FILE);

  @Test
  void assertMatches_sameBytes_passesAndLeavesNoActualFile() {
    Golden.assertMatches(FILE, "golden\n");

    assertFalse(Files.exists(ACTUAL));
  }

  @Test
  void assertMatches_different_failsNamingLineAndWritesActual() throws IOException {
    assumeFalse(Boolean.getBoolean(Golden.UPDATE_PROPERTY), "update mode rewrites instead of failing");

    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Golden.assertMatches(FILE, "other\n"));

    assertTrue(e.getMessage().contains("differs at line 1"), e.getMessage());
    assertTrue(e.getMessage().contains(ACTUAL.toString()), e.getMessage());
    assertEquals("other\n", Files.readString(ACTUAL));
    Files.delete(ACTUAL);
  }

  @Test
  void assertMatches_onlyFinalNewlineDiffers_fails() {
    assumeFalse(Boolean.getBoolean(Golden.UPDATE_PROPERTY), "update mode rewrites instead of failing");

    assertThrows(AssertionFailedError.class, () -> Golden.assertMatches(FILE, "golden"));
  }

  @Test
  void assertMatches_pathOutsideGoldenDir_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Golden.assertMatches("../escape.txt", "x"));
  }
}

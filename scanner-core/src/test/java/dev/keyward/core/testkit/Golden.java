package dev.keyward.core.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/} of the module under
 * test, byte for byte.
 *
 * <p>On a mismatch the actual output goes to {@code target/golden-actual/<same relative path>} and the
 * test fails saying so (diff the two to review). Run with {@code -Dgolden.update=true} to rewrite the
 * golden files instead, so that the change shows up in review.
 */
public final class Golden {
  /** The system property that turns comparing into rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private static final String EXPECTED_DIR = "src/test/resources/golden";
  private static final String ACTUAL_DIR = "target/golden-actual";

  private Golden() {}

  /** Asserts that {@code actual} is, byte for byte, the golden file {@code relativePath}. */
  public static void assertMatches(String relativePath, byte[] actual) {
    Path expectedFile = resolve(EXPECTED_DIR, relativePath);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        write(expectedFile, actual);
        return;
      }
      byte[] expected = Files.isRegularFile(expectedFile) ? Files.readAllBytes(expectedFile) : null;
      Path actualFile = resolve(ACTUAL_DIR, relativePath);
      if (expected != null && Arrays.equals(expected, actual)) {
        Files.deleteIfExists(actualFile); // what is left in golden-actual is what still differs
        return;
      }
      write(actualFile, actual);
      fail(EXPECTED_DIR + "/" + relativePath + ": " + problem(expected, actual) + "\nThe actual output is in "
          + actualFile + "; diff the two, and rerun with -D" + UPDATE_PROPERTY + "=true to accept it.");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden file " + relativePath, e);
    }
  }

  /** {@link #assertMatches(String, byte[])} for text, encoded as UTF-8. */
  public static void assertMatches(String relativePath, String actual) {
    assertMatches(relativePath, actual.getBytes(UTF_8));
  }

  /**
   * The module directory: Maven's {@code basedir} (Surefire sets it, and runs tests in it), else the
   * working directory.
   */
  static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  private static Path resolve(String dir, String relativePath) {
    Path base = moduleDir().resolve(dir).normalize();
    Path file = base.resolve(relativePath).normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      throw new IllegalArgumentException("golden path must be a file below " + dir + ": " + relativePath);
    }
    return file;
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static String problem(byte[] expected, byte[] actual) {
    if (expected == null) {
      return "the golden file does not exist.";
    }
    List<String> want = new String(expected, UTF_8).lines().toList();
    List<String> got = new String(actual, UTF_8).lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) {
        return "the output differs at line " + (i + 1) + ":\n  expected: " + w + "\n  actual:   " + g;
      }
    }
    return "the output differs in line endings or the final newline.";
  }
}

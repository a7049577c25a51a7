package dev.keyward.core.report;

import static dev.keyward.core.report.ReportFixtures.REDACTED;
import static dev.keyward.core.report.ReportFixtures.REVEALED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanResult;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every format promises: redaction, determinism, {@code \n} line ends, a final newline. */
class ReportWritersTest {
  private static final List<Supplier<ScanResult>> RESULTS =
      List.of(ReportFixtures::twoFindings, ReportFixtures::clean, ReportFixtures::unicodePath,
          ReportFixtures::withSuppressed);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_redacted_neverContainsASecret(ReportFormat format) {
    for (Supplier<ScanResult> result : RESULTS) {
      for (ReportSettings settings : List.of(REDACTED, ReportFixtures.COLOR)) {
        String out = new String(ReportFixtures.write(format, result.get(), settings), UTF_8);

        for (String secret : ReportFixtures.SECRETS) {
          assertFalse(out.contains(secret), format + " shows a secret");
          assertFalse(out.contains(secret.substring(0, secret.length() / 2)), format + " shows half a secret");
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_notRedacted_showsTheSecret(ReportFormat format) {
    String out = new String(ReportFixtures.write(format, ReportFixtures.twoFindings(), REVEALED), UTF_8);

    assertTrue(out.contains(ReportFixtures.API_SECRET), format + " hides the secret with redaction off");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_twice_identicalBytes(ReportFormat format) {
    for (Supplier<ScanResult> result : RESULTS) {
      for (ReportSettings settings : List.of(REDACTED, REVEALED, ReportFixtures.COLOR)) {
        assertArrayEquals(ReportFixtures.write(format, result.get(), settings),
            ReportFixtures.write(format, result.get(), settings), format.id());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_unixLineEndsAndFinalNewline(ReportFormat format) {
    for (Supplier<ScanResult> result : RESULTS) {
      String out = new String(ReportFixtures.write(format, result.get(), REDACTED), UTF_8);

      assertFalse(out.contains("\r"), format.id());
      assertTrue(out.endsWith("\n") && !out.endsWith("\n\n"), format.id());
    }
  }
}

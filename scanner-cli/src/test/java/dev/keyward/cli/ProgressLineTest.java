package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void render_withTotal_showsDoneOfTotalSizeAndRate() {
    assertEquals("keyward: 1,204 / 15,224 files  96.0 MiB  48.0 MiB/s",
        ProgressLine.render(new ScanProgress("files", 1204, 15224, 96L << 20), 2 * SECOND));
  }

  @Test
  void render_totalNotYetKnown_showsDoneOnly() {
    assertEquals("keyward: 12 blobs  1.0 MiB  0.5 MiB/s",
        ProgressLine.render(new ScanProgress("blobs", 12, -1, 1L << 20), 2 * SECOND));
  }

  @Test
  void draw_thenFinished_erasesTheLineSoTheReportStartsClean() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong clock = new AtomicLong();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, UTF_8), clock::get);
    line.started(() -> new ScanProgress("files", 5, 10, 0));
    clock.set(3 * SECOND);
    line.draw();
    line.draw();
    line.finished();
    String err = bytes.toString(UTF_8);
    String drawn = "keyward: 5 / 10 files  0.0 MiB  0.0 MiB/s";
    assertEquals("\r" + drawn + "\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r", err);
  }

  @Test
  void shortScan_neverDrawn_printsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, UTF_8), System::nanoTime);
    line.started(() -> new ScanProgress("files", 1, 1, 1));
    line.finished();
    assertEquals("", bytes.toString(UTF_8));
  }

  @Test
  void notATerminal_noProgressLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "hello\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new KeywardCli(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), dir, false)
        .run("scan", ".");
    assertEquals(0, code);
    assertFalse(err.toString(UTF_8).contains("\r") || out.toString(UTF_8).contains("\r"));
  }

  @Test
  void noProgressOption_isAccepted() throws Exception {
    assertTrue(CliOptions.parse(new String[] {"scan", "--no-progress"}, Path.of("")).progress() == false);
    assertTrue(CliOptions.parse(new String[] {"scan"}, Path.of("")).progress());
  }
}

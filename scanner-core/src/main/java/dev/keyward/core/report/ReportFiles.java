package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes reports to files: one file, or one file per format in a directory ({@link ReportFormat#fileName()}). */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes each of {@code formats} into {@code dir} (created if missing) and returns the files.
   *
   * @throws IOException naming the file that could not be written
   */
  public static List<Path> writeAll(ScanResult result, ReportSettings settings, List<ReportFormat> formats, Path dir)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path file = dir.resolve(format.fileName());
      write(result, settings, format, file);
      written.add(file);
    }
    return written;
  }

  /** Writes one report to {@code file}, creating its parent directories. */
  public static void write(ScanResult result, ReportSettings settings, ReportFormat format, Path file)
      throws IOException {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream stream = Files.newOutputStream(file)) {
        format.writer().write(result, settings, stream);
      }
    } catch (IOException e) {
      throw new IOException("cannot write the report to " + file + ": " + e.getMessage(), e);
    }
  }
}

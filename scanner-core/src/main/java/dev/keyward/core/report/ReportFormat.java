package dev.keyward.core.report;

import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanStats;
import dev.keyward.core.UsageException;
import dev.keyward.core.rule.RulePack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats, by the name used in {@code --format}. */
public enum ReportFormat {
  TEXT("text", "txt", new TextReport()),
  JSON("json", "json", new JsonReport()),
  SARIF("sarif", "sarif", new SarifReport()),
  JUNIT("junit", "xml", new JunitReport()),
  GITLAB("gitlab", "json", new GitlabReport());

  private final String id;
  private final String extension;
  private final ReportWriter writer;

  ReportFormat(String id, String extension, ReportWriter writer) {
    this.id = id;
    this.extension = extension;
    this.writer = writer;
  }

  public String id() {
    return id;
  }

  /** File name extension for reports of this format, e.g. {@code sarif}. */
  public String extension() {
    return extension;
  }

  /**
   * The file name in {@code --output-dir}: {@code keyward.<ext>}, except GitLab's, which is
   * {@code gl-secret-detection-report.json} as GitLab's templates expect (and so never collides with
   * {@code keyward.json}).
   */
  public String fileName() {
    return this == GITLAB ? "gl-secret-detection-report.json" : "keyward." + extension;
  }

  public ReportWriter writer() {
    return writer;
  }

  /**
   * Starts, on a background thread, writing an empty report of each of {@code formats} nowhere, and
   * returns at once: the JSON-based writers' first use sets up Jackson's data binding (~50 ms), which
   * then happens while a scan runs rather than after it.
   */
  public static void preload(List<ReportFormat> formats) {
    if (formats.stream().allMatch(f -> f == TEXT)) {
      return;
    }
    Thread t = new Thread(() -> {
      ScanResult empty = new ScanResult(Path.of(""), List.of(), List.of(),
          new ScanStats(0, 0, Map.of(), 0, Duration.ZERO), RulePack.of(List.of()));
      for (ReportFormat format : formats) {
        try {
          format.writer().write(empty, ReportSettings.defaults(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
          // the real report will meet (and report) the same problem
        }
      }
    }, "keyward-report");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Parses a comma-separated list such as {@code sarif,json}, in the given order.
   *
   * @throws UsageException for an unknown, empty or repeated format
   */
  public static List<ReportFormat> fromList(String names) throws UsageException {
    Set<ReportFormat> formats = new LinkedHashSet<>();
    for (String name : names.split(",", -1)) {
      if (name.isBlank()) {
        throw new UsageException("empty format in '" + names + "'");
      }
      if (!formats.add(fromName(name))) {
        throw new UsageException("format '" + name.trim() + "' given twice");
      }
    }
    return List.copyOf(formats);
  }

  /** @throws UsageException naming the known formats */
  public static ReportFormat fromName(String name) throws UsageException {
    for (ReportFormat f : values()) {
      if (f.id.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new UsageException("unknown format '" + name + "' (expected "
        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + ")");
  }
}

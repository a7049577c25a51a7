package dev.keyward.core.report;

import dev.keyward.core.UsageException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

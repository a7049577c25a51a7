package dev.keyward.core.suppress;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.keyward.core.ConfigException;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.report.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes baseline files ({@code .keyward-baseline.json}): deterministic JSON, entries
 * sorted by path, line and rule, no times, never a secret.
 *
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {"fingerprint": "0f3c…", "ruleId": "anthropic-api-key", "path": "src/App.java", "line": 12}
 *   ]
 * }
 * </pre>
 */
public final class BaselineFile {
  /** The format version this code writes and reads. */
  public static final int VERSION = 1;

  /** The conventional file name. */
  public static final String DEFAULT_NAME = ".keyward-baseline.json";

  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private BaselineFile() {}

  /** @throws ConfigException the file is missing or not a valid baseline, naming file and line */
  public static Baseline read(Path file) throws ConfigException {
    try (InputStream in = Files.newInputStream(file)) {
      return toBaseline(READER.readValue(in, Document.class), file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, "baseline file not found (create it with `keyward baseline`)");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new ConfigException(file.toString(), line, 0, "not a valid baseline: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read the baseline: " + e.getMessage());
    }
  }

  public static void write(Baseline baseline, OutputStream out) throws IOException {
    List<EntryJson> entries = baseline.entries().stream()
        .map(e -> new EntryJson(e.fingerprint().value(), e.ruleId(), e.path(), e.line()))
        .toList();
    JsonOutput.write(new Document(VERSION, entries), out);
  }

  /** Writes {@code baseline} to {@code file}, creating parent directories. */
  public static void write(Baseline baseline, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(baseline, out);
    }
  }

  private static Baseline toBaseline(Document doc, Path file) throws ConfigException {
    if (doc == null || doc.version() != VERSION || doc.findings() == null) {
      throw new ConfigException(file, "not a baseline of version " + VERSION
          + " (expected {\"version\": 1, \"findings\": [...]})");
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    for (EntryJson e : doc.findings()) {
      try {
        entries.add(new Baseline.Entry(new Fingerprint(e.fingerprint()), e.ruleId(), e.path(), e.line()));
      } catch (IllegalArgumentException | NullPointerException ex) {
        throw new ConfigException(file, "invalid baseline entry " + e.fingerprint() + ": " + ex.getMessage());
      }
    }
    return new Baseline(entries);
  }

  @JsonPropertyOrder({"version", "findings"})
  record Document(int version, List<EntryJson> findings) {}

  @JsonPropertyOrder({"fingerprint", "ruleId", "path", "line"})
  record EntryJson(String fingerprint, String ruleId, String path, int line) {}
}

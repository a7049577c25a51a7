package dev.keyward.rules.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Keyward on the corpus, and reads secretlint's JSON results for it, as {@link Detection}s. */
final class Tools {
  private Tools() {}

  /** Keyward's findings and the number of policy findings (which carry no secret and are not scored). */
  record KeywardRun(List<Detection> detections, long policyFindings, String summary) {}

  static KeywardRun keyward(Path corpus) throws Exception {
    ScanResult result = Keyward.scan(ScanRequest.builder(corpus).useGitignore(false).build());
    List<Detection> detections = new ArrayList<>();
    long policies = 0;
    for (Finding f : result.findings()) {
      if (f.secret().isEmpty()) {
        policies++;
      } else {
        detections.add(new Detection(f.origin().path(), f.span(), f.ruleId(), f.redactedSecret()));
      }
    }
    return new KeywardRun(detections, policies, result.summaryLine());
  }

  /**
   * secretlint's {@code --format json} output: per file, messages with {@code loc} (1-based lines,
   * 0-based columns). The JSON also carries each file's content, which is never printed.
   */
  static List<Detection> secretlint(Path results, Path corpus) throws IOException {
    JsonNode root = new ObjectMapper().readTree(results.toFile());
    Path base = corpus.toAbsolutePath().normalize();
    List<Detection> detections = new ArrayList<>();
    for (JsonNode file : root) {
      String path = base.relativize(Path.of(file.get("filePath").asText()).toAbsolutePath().normalize()).toString()
          .replace('\\', '/');
      for (JsonNode m : file.get("messages")) {
        JsonNode start = m.get("loc").get("start");
        JsonNode end = m.get("loc").get("end");
        Span span = new Span(start.get("line").asInt(), start.get("column").asInt() + 1, end.get("line").asInt(),
            end.get("column").asInt() + 1);
        detections.add(new Detection(path, span, m.get("ruleId").asText().replace("@secretlint/secretlint-rule-", ""),
            m.get("messageId").asText()));
      }
    }
    return detections;
  }
}

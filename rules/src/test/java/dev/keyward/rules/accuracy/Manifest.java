package dev.keyward.rules.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.finding.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads back the ground truth that {@link Corpus#write} wrote (positions only; no samples). */
final class Manifest {
  private Manifest() {}

  record Truth(long seed, List<Plant> plants, List<String> unplaced) {}

  static Truth read(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve(Corpus.MANIFEST).toFile());
    List<Plant> plants = new ArrayList<>();
    for (JsonNode p : root.get("plants")) {
      Plant.Kind kind = Plant.Kind.valueOf(p.get("kind").asText().toUpperCase(Locale.ROOT));
      JsonNode e = p.get("entry");
      plants.add(new Plant(p.get("file").asText(), p.get("format").asText(), p.get("fileType").asText(), kind,
          p.get(kind == Plant.Kind.POSITIVE ? "rule" : "category").asText(), p.get("family").asText(),
          p.get("embedding").asText(), new Span(p.get("line").asInt(), p.get("column").asInt(), p.get("endLine").asInt(),
          p.get("endColumn").asInt()), new Span(e.get(0).asInt(), e.get(1).asInt(), e.get(2).asInt(), e.get(3).asInt()),
          Plant.Sample.none()));
    }
    List<String> unplaced = new ArrayList<>();
    root.get("unplaced").forEach(u -> unplaced.add(u.asText()));
    return new Truth(root.get("seed").asLong(), plants, unplaced);
  }
}

package dev.keyward.rules.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated corpus: its files (path, bytes) and the ground truth. {@link #write} puts the files under
 * {@code DIR/corpus} and the manifest at {@code DIR/manifest.json}; the manifest holds positions, never
 * secrets.
 */
record Corpus(long seed, List<CorpusFile> files, List<Plant> plants, List<String> unplaced) {
  static final String CORPUS_DIR = "corpus";
  static final String MANIFEST = "manifest.json";

  record CorpusFile(String path, String format, Format.Encoding encoding, byte[] bytes) {}

  long positives() {
    return plants.stream().filter(Plant::positive).count();
  }

  long negatives() {
    return plants.size() - positives();
  }

  /** Writes the corpus below {@code dir}, replacing an earlier one. */
  void write(Path dir) throws IOException {
    Path root = dir.resolve(CORPUS_DIR);
    Files.createDirectories(dir);
    if (Files.exists(root)) {
      try (var walk = Files.walk(root)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (CorpusFile f : files) {
      Path target = root.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.write(target, f.bytes());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(MANIFEST).toFile(), manifest());
  }

  /** The manifest's content: seed, counts, unplaced examples and every plant's position. */
  Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed", seed);
    m.put("files", files.size());
    m.put("positives", positives());
    m.put("negatives", negatives());
    m.put("unplaced", unplaced);
    m.put("plants", plants.stream().map(Corpus::entry).toList());
    return m;
  }

  private static Map<String, Object> entry(Plant p) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("file", p.file());
    e.put("line", p.span().line());
    e.put("column", p.span().column());
    e.put("endLine", p.span().endLine());
    e.put("endColumn", p.span().endColumn());
    e.put("entry", List.of(p.entry().line(), p.entry().column(), p.entry().endLine(), p.entry().endColumn()));
    e.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    e.put(p.positive() ? "rule" : "category", p.label());
    e.put("family", p.family());
    e.put("format", p.format());
    e.put("fileType", p.fileType());
    e.put("embedding", p.embedding());
    return e;
  }
}

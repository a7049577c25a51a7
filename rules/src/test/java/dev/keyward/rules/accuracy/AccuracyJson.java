package dev.keyward.rules.accuracy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's numbers as a JSON tree: per tool, recall by family/format/embedding/rule, precision, FPs, misses. */
final class AccuracyJson {
  private AccuracyJson() {}

  static Map<String, Object> of(Manifest.Truth truth, List<Scorecard> cards, Map<String, String> ruleFamily) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("seed", truth.seed());
    root.put("planted", cards.get(0).total().planted());
    root.put("hardNegatives", truth.plants().stream().filter(p -> !p.positive()).count());
    root.put("unplaced", truth.unplaced());
    Map<String, Object> tools = new LinkedHashMap<>();
    cards.forEach(c -> tools.put(c.tool, tool(c)));
    root.put("tools", tools);
    return root;
  }

  private static Map<String, Object> tool(Scorecard c) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("recall", c.total().recall());
    t.put("precision", c.precision());
    t.put("truePositives", c.truePositives());
    t.put("duplicateReports", c.duplicates.size());
    t.put("falsePositivesOnNegatives", c.negativeHits.size());
    t.put("negativesHit", c.negativesHit());
    t.put("otherFalsePositives", c.otherFalsePositives.size());
    t.put("contextFindings", c.context.size());
    t.put("falsePositivesByCategory", c.negativeHitsByCategory());
    t.put("byFamily", tallies(c.byFamily()));
    t.put("byFormat", tallies(c.byFormat()));
    t.put("byEmbedding", tallies(c.byEmbedding()));
    t.put("byRule", tallies(c.byRule()));
    t.put("falsePositives", c.negativeHits.stream().map(o -> outcome(o, o.plant().orElseThrow().label())).toList());
    t.put("otherFalsePositivesList", c.otherFalsePositives.stream().map(o -> outcome(o, "")).toList());
    t.put("misses", c.misses.stream().map(p -> Map.of("at", p.file() + ":" + p.span().line() + ":" + p.span().column(),
        "rule", p.label(), "format", p.format(), "embedding", p.embedding())).toList());
    return t;
  }

  private static Map<String, Object> outcome(Scorecard.Outcome o, String category) {
    return Map.of("at", o.detection().where(), "rule", o.detection().rule(), "category", category);
  }

  private static Map<String, Object> tallies(Map<String, Scorecard.Tally> tallies) {
    Map<String, Object> out = new LinkedHashMap<>();
    tallies.forEach((k, v) -> out.put(k, Map.of("planted", v.planted(), "found", v.found())));
    return out;
  }
}

package dev.keyward.rules.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One tool's detections scored against the ground truth. A detection overlapping a planted secret is
 * a true positive (the first one; further ones on the same secret are duplicate reports); one
 * overlapping a hard negative's value or entry is a false positive on that negative; one elsewhere
 * in a planted secret's entry (an unmarked key in an example's context) is a context finding, listed
 * but not scored; anything else is another false positive.
 */
final class Scorecard {
  /** What a detection turned out to be. */
  record Outcome(Detection detection, Optional<Plant> plant) {}

  /** Planted and found, for one group (family, format). */
  record Tally(int planted, int found) {
    double recall() {
      return planted == 0 ? 0 : (double) found / planted;
    }
  }

  final String tool;
  final Map<Plant, List<Detection>> found = new LinkedHashMap<>();
  final List<Plant> misses = new ArrayList<>();
  final List<Outcome> duplicates = new ArrayList<>();
  final List<Outcome> negativeHits = new ArrayList<>();
  final List<Outcome> context = new ArrayList<>();
  final List<Outcome> otherFalsePositives = new ArrayList<>();
  private final List<Plant> positives;

  private Scorecard(String tool, List<Plant> positives) {
    this.tool = tool;
    this.positives = positives;
  }

  static Scorecard score(String tool, List<Plant> plants, List<Detection> detections) {
    Map<String, List<Plant>> byFile = new HashMap<>();
    plants.forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p));
    List<Plant> positives = plants.stream().filter(Plant::positive).toList();
    Scorecard card = new Scorecard(tool, positives);
    List<Detection> sorted = detections.stream().sorted(Comparator.comparing(Detection::file)
        .thenComparing(d -> d.span().line()).thenComparing(d -> d.span().column()).thenComparing(Detection::rule)).toList();
    for (Detection d : sorted) {
      card.classify(d, byFile.getOrDefault(d.file(), List.of()));
    }
    positives.stream().filter(p -> !card.found.containsKey(p)).forEach(card.misses::add);
    return card;
  }

  private void classify(Detection d, List<Plant> inFile) {
    Optional<Plant> secret = first(inFile, d, true, true);
    if (secret.isPresent()) {
      List<Detection> already = found.computeIfAbsent(secret.get(), k -> new ArrayList<>());
      if (!already.isEmpty()) {
        duplicates.add(new Outcome(d, secret));
      }
      already.add(d);
      return;
    }
    Optional<Plant> negative = first(inFile, d, false, true).or(() -> first(inFile, d, false, false));
    if (negative.isPresent()) {
      negativeHits.add(new Outcome(d, negative));
      return;
    }
    Optional<Plant> around = first(inFile, d, true, false);
    (around.isPresent() ? context : otherFalsePositives).add(new Outcome(d, around));
  }

  /** The first plant of that kind whose value ({@code valueSpan}) or whole entry overlaps the detection. */
  private static Optional<Plant> first(List<Plant> inFile, Detection d, boolean positive, boolean valueSpan) {
    return inFile.stream().filter(p -> p.positive() == positive)
        .filter(p -> Detection.overlaps(valueSpan ? p.span() : p.entry(), d.span())).findFirst();
  }

  int truePositives() {
    return found.size();
  }

  int falsePositives() {
    return negativeHits.size() + otherFalsePositives.size();
  }

  double precision() {
    int reported = truePositives() + falsePositives();
    return reported == 0 ? 0 : (double) truePositives() / reported;
  }

  Tally total() {
    return new Tally(positives.size(), found.size());
  }

  /** Distinct hard negatives that drew at least one false positive. */
  long negativesHit() {
    return negativeHits.stream().map(o -> o.plant().orElseThrow()).distinct().count();
  }

  Map<String, Tally> byFamily() {
    return tally(Plant::family);
  }

  Map<String, Tally> byFormat() {
    return tally(Plant::format);
  }

  Map<String, Tally> byEmbedding() {
    return tally(Plant::embedding);
  }

  Map<String, Tally> byRule() {
    return tally(Plant::label);
  }

  private Map<String, Tally> tally(java.util.function.Function<Plant, String> key) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Plant p : positives) {
      int[] c = counts.computeIfAbsent(key.apply(p), k -> new int[2]);
      c[0]++;
      c[1] += found.containsKey(p) ? 1 : 0;
    }
    Map<String, Tally> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, new Tally(c[0], c[1])));
    return out;
  }

  /** False positives on hard negatives, by the negatives' category. */
  Map<String, Integer> negativeHitsByCategory() {
    Map<String, Integer> out = new TreeMap<>();
    negativeHits.forEach(o -> out.merge(o.plant().orElseThrow().label(), 1, Integer::sum));
    return out;
  }
}

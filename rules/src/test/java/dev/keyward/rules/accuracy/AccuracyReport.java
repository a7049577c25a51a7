package dev.keyward.rules.accuracy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** Scores Keyward (and secretlint's results, if given) on a generated corpus; prints the table; writes JSON. */
final class AccuracyReport {
  static final String RESULT = "accuracy.json";

  private final PrintStream out;
  private final Manifest.Truth truth;
  private final Map<String, String> ruleFamily = new LinkedHashMap<>();

  private AccuracyReport(PrintStream out, Manifest.Truth truth, RulePack pack) {
    this.out = out;
    this.truth = truth;
    pack.rules().forEach(r -> ruleFamily.put(r.id(), CorpusGenerator.family(r)));
  }

  static int run(Path dir, Optional<Path> secretlintJson, PrintStream out) throws Exception {
    Manifest.Truth truth = Manifest.read(dir);
    Path corpus = dir.resolve(Corpus.CORPUS_DIR);
    long start = System.nanoTime();
    Tools.KeywardRun keyward = Tools.keyward(corpus);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Scorecard> cards = new ArrayList<>();
    cards.add(Scorecard.score("keyward", truth.plants(), keyward.detections()));
    if (secretlintJson.isPresent()) {
      cards.add(Scorecard.score("secretlint", truth.plants(), Tools.secretlint(secretlintJson.get(), corpus)));
    }
    AccuracyReport report = new AccuracyReport(out, truth, RulePack.builtin());
    out.printf("Keyward: %s (%.1f s in-process, noisy machine); %d policy findings not scored%n", keyward.summary(), seconds,
        keyward.policyFindings());
    report.print(cards);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(RESULT).toFile(),
        AccuracyJson.of(truth, cards, report.ruleFamily));
    out.println("numbers written to " + dir.resolve(RESULT));
    return 0;
  }

  private void print(List<Scorecard> cards) {
    long negatives = truth.plants().stream().filter(p -> !p.positive()).count();
    out.printf("%nCorpus: seed %d, %d planted secrets, %d hard negatives, %d examples not placeable in some format%n",
        truth.seed(), cards.get(0).total().planted(), negatives, truth.unplaced().size());
    table("recall by family (found/planted)", cards, Scorecard::byFamily, true);
    table("recall by format", cards, Scorecard::byFormat, false);
    table("recall by embedding", cards, Scorecard::byEmbedding, false);
    summary(cards, negatives);
    for (Scorecard c : cards) {
      falsePositives(c, c.tool.equals("keyward"));
    }
    misses(cards.get(0));
  }

  private void table(String title, List<Scorecard> cards, Function<Scorecard, Map<String, Scorecard.Tally>> by,
      boolean own) {
    out.printf("%n%s%n%-26s", title, "");
    cards.forEach(c -> out.printf(" %20s", c.tool));
    if (own) {
      out.printf(" %22s", "keyward, own rule");
    }
    out.println();
    TreeSet<String> keys = new TreeSet<>(by.apply(cards.get(0)).keySet());
    for (String key : keys) {
      out.printf("%-26s", key);
      cards.forEach(c -> out.printf(" %20s", cell(by.apply(c).get(key))));
      if (own) {
        out.printf(" %22s", cell(ownRule(cards.get(0), key)));
      }
      out.println();
    }
    out.printf("%-26s", "TOTAL");
    cards.forEach(c -> out.printf(" %20s", cell(c.total())));
    out.println();
  }

  /** Secrets of {@code family} that a rule of that same family found. */
  private Scorecard.Tally ownRule(Scorecard c, String family) {
    int planted = c.byFamily().get(family).planted();
    long own = c.found.entrySet().stream().filter(e -> e.getKey().family().equals(family))
        .filter(e -> e.getValue().stream().anyMatch(d -> family.equals(ruleFamily.get(d.rule())))).count();
    return new Scorecard.Tally(planted, (int) own);
  }

  static String cell(Scorecard.Tally t) {
    return t == null ? "-" : String.format("%5.1f%% %4d/%-4d", 100 * t.recall(), t.found(), t.planted());
  }

  private void summary(List<Scorecard> cards, long negatives) {
    out.printf("%n%-44s", "");
    cards.forEach(c -> out.printf(" %12s", c.tool));
    out.println();
    row(cards, "recall", c -> String.format("%.1f%%", 100 * c.total().recall()));
    row(cards, "precision (TP / (TP + FP))", c -> String.format("%.1f%%", 100 * c.precision()));
    row(cards, "true positives (distinct planted secrets)", c -> Integer.toString(c.truePositives()));
    row(cards, "duplicate reports of a found secret", c -> Integer.toString(c.duplicates.size()));
    row(cards, "false positives on hard negatives", c -> Integer.toString(c.negativeHits.size()));
    row(cards, "hard negatives hit (of " + negatives + ")", c -> Long.toString(c.negativesHit()));
    row(cards, "other false positives", c -> Integer.toString(c.otherFalsePositives.size()));
    row(cards, "context findings (not scored)", c -> Integer.toString(c.context.size()));
  }

  private void row(List<Scorecard> cards, String label, Function<Scorecard, String> value) {
    out.printf("%-44s", label);
    cards.forEach(c -> out.printf(" %12s", value.apply(c)));
    out.println();
  }

  private void falsePositives(Scorecard c, boolean list) {
    out.printf("%n%s false positives on hard negatives by category: %s%n", c.tool, c.negativeHitsByCategory());
    if (!list) {
      return;
    }
    out.printf("%s false positives by negative category and rule (count, first place):%n", c.tool);
    grouped(c.negativeHits.stream().map(o -> new String[] {o.plant().orElseThrow().label() + " <- "
        + o.detection().rule(), o.detection().where()}).toList());
    out.printf("%s false positives and context findings, all:%n", c.tool);
    for (Scorecard.Outcome o : c.negativeHits) {
      Plant p = o.plant().orElseThrow();
      out.printf("  FP  %-60s %-32s %-22s %s (%s)%n", o.detection().where(), o.detection().rule(), p.label(),
          p.format(), o.detection().redacted());
    }
    for (Scorecard.Outcome o : c.otherFalsePositives) {
      out.printf("  FP  %-60s %-32s %-22s (%s)%n", o.detection().where(), o.detection().rule(), "outside any entry",
          o.detection().redacted());
    }
    for (Scorecard.Outcome o : c.context) {
      out.printf("  CTX %-60s %-32s in the entry of a %s example%n", o.detection().where(), o.detection().rule(),
          o.plant().orElseThrow().label());
    }
  }

  /** Prints "count  key  first-place" per distinct key, most frequent first. */
  private void grouped(List<String[]> keyAndPlace) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    keyAndPlace.forEach(kp -> groups.computeIfAbsent(kp[0], k -> new ArrayList<>()).add(kp[1]));
    groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(e -> out.printf("  %4d  %-64s e.g. %s%n", e.getValue().size(), e.getKey(), e.getValue().get(0)));
  }

  private void misses(Scorecard c) {
    out.printf("%n%s misses by rule and format (count, first place):%n", c.tool);
    grouped(c.misses.stream().map(p -> new String[] {p.label() + " in " + p.format() + " (" + p.embedding() + ")",
        p.file() + ":" + p.span().line() + ":" + p.span().column()}).toList());
    out.printf("%n%s misses, all (%d):%n", c.tool, c.misses.size());
    for (Plant p : c.misses) {
      out.printf("  MISS %-60s %-32s %-16s %s%n", p.file() + ":" + p.span().line() + ":" + p.span().column(), p.label(),
          p.format(), p.embedding());
    }
  }
}

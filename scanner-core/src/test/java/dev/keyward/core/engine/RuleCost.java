package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rules make the native search slow (not a test; run by {@code scanner-core/bench/rule-cost.sh}):
 * over {@code MIB} MiB of real source, the native search speed of the whole pack, of each rule alone
 * (slowest first, with its candidate-window count), and of the pack built up from the cheapest rule to
 * the costliest, so that a rule whose prefilter has no good literal (Hyperscan then runs an automaton
 * over every byte) shows as a drop. Hyperscan's compiler chooses differently as rules are added, so the
 * build-up is not monotonic; read it for large steps.
 */
public final class RuleCost {
  private RuleCost() {}

  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args.length > 0 ? args[0] : "/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
    long limit = (args.length > 1 ? Long.parseLong(args[1]) : 20) << 20;
    List<Content> texts = read(zip, limit);
    double mib = texts.stream().mapToLong(c -> c.text().length()).sum() / 1048576.0;
    List<Rule> rules = RulePack.builtin().rules().stream().filter(r -> !r.structured()).toList();
    System.out.printf("%.1f MiB; native search, whole pack (%d text rules): %.0f MiB/s%n", mib, rules.size(),
        speed(rules, texts, mib));
    // every database also holds the decoding stage's escape expressions: a rule alone is measured
    // against that floor
    System.out.printf("no rule (the escape expressions only): %.0f MiB/s%n", speed(List.of(), texts, mib));
    record Cost(Rule rule, double speed, long windows) {}
    List<Cost> costs = new ArrayList<>();
    for (Rule rule : rules) {
      List<Rule> one = List.of(rule);
      CandidateSearch search = EngineChoice.nativeOr(one, new KeywordSearch(one));
      long windows = 0;
      for (Content text : texts) {
        Windows w = search.search(text).windows()[0];
        windows += w == null ? 0 : w.sorted().size;
      }
      costs.add(new Cost(rule, speed(one, texts, mib), windows));
    }
    costs.sort(Comparator.comparingDouble(Cost::speed));
    System.out.printf("%nslowest rules alone:%n");
    costs.subList(0, Math.min(25, costs.size())).forEach(c ->
        System.out.printf("  %7.0f MiB/s %7d windows  %s%n", c.speed(), c.windows(), c.rule().id()));
    System.out.printf("%npack built up from the cheapest rule (the last 30 steps):%n");
    List<Rule> built = new ArrayList<>();
    for (int i = costs.size() - 1; i >= 0; i--) {
      built.add(costs.get(i).rule());
      if (i < 30) {
        System.out.printf("  %4d rules %7.0f MiB/s  + %s%n", built.size(), speed(built, texts, mib),
            costs.get(i).rule().id());
      }
    }
  }

  private static List<Content> read(Path zip, long limit) throws IOException {
    return EngineThroughput.entries(zip, limit).stream().flatMap(b -> Content.of(b).stream()).toList();
  }

  /** Best of three passes, MiB/s. */
  private static double speed(List<Rule> rules, List<Content> texts, double mib) {
    CandidateSearch search = EngineChoice.nativeOr(rules, new KeywordSearch(rules));
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      for (Content text : texts) {
        search.search(text);
      }
      best = Math.min(best, System.nanoTime() - t);
    }
    return mib / (best / 1e9);
  }
}

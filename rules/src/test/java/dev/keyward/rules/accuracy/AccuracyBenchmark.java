package dev.keyward.rules.accuracy;

import dev.keyward.core.rule.RulePack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The accuracy benchmark's entry point (run by {@code rules/bench/accuracy.sh}, not by the build):
 *
 * <pre>
 *   generate DIR SEED              writes DIR/corpus and DIR/manifest.json
 *   report DIR [SECRETLINT_JSON]   scans DIR/corpus with Keyward, scores it (and secretlint's results)
 *                                  against the manifest, prints the table, writes DIR/accuracy.json
 * </pre>
 */
public final class AccuracyBenchmark {
  private AccuracyBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) throws Exception {
    if (args.length >= 3 && args[0].equals("generate")) {
      Corpus corpus = CorpusGenerator.generate(RulePack.builtin(), Long.parseLong(args[2]));
      corpus.write(Path.of(args[1]));
      out.printf("corpus: %d files, %d planted secrets, %d hard negatives, %d examples not placeable (seed %d) in %s%n",
          corpus.files().size(), corpus.positives(), corpus.negatives(), corpus.unplaced().size(), corpus.seed(),
          Path.of(args[1]).resolve(Corpus.CORPUS_DIR));
      return 0;
    }
    if (args.length >= 2 && args[0].equals("report")) {
      Path dir = Path.of(args[1]);
      Optional<Path> secretlint = args.length >= 3 ? Optional.of(Path.of(args[2])) : Optional.empty();
      return AccuracyReport.run(dir, secretlint, out);
    }
    out.println("usage: AccuracyBenchmark generate DIR SEED | report DIR [SECRETLINT_JSON]");
    return 2;
  }
}

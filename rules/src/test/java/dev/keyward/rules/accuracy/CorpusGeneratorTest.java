package dev.keyward.rules.accuracy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.finding.Span;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import dev.keyward.rules.accuracy.Corpus.CorpusFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy corpus's ground truth is what its files hold (the benchmark itself is rules/bench/accuracy.sh). */
class CorpusGeneratorTest {
  @TempDir
  static Path dir;
  private static RulePack pack;
  private static Corpus corpus;

  @BeforeAll
  static void generate() throws Exception {
    pack = RulePack.builtin();
    corpus = CorpusGenerator.generate(pack, 42);
    corpus.write(dir);
  }

  @Test
  void generate_everyPlantSitsAtItsManifestPosition() throws Exception {
    Map<String, CorpusFile> files = corpus.files().stream().collect(Collectors.toMap(CorpusFile::path, Function.identity()));
    Map<String, String> texts = new java.util.HashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Plant p : corpus.plants()) {
      String text = texts.computeIfAbsent(p.file(), f -> read(files.get(f)));
      String atSpan = at(text, p.span());
      boolean ok = atSpan.equals(p.sample().expected()) && !atSpan.isEmpty()
          && (!p.positive() || holdsSecret(atSpan, p.sample().secret(), p.format()));
      if (!ok) {
        wrong.add(p.file() + ":" + p.span().line() + ":" + p.span().column() + " " + p.label());
      }
    }
    assertEquals(List.of(), wrong, "plants whose manifest position does not hold them");
  }

  @Test
  void generate_plantsEveryRuleInAtLeastFifteenFileTypes() {
    for (Rule rule : pack.rules().stream().filter(r -> !r.structured()).toList()) {
      Set<String> types = corpus.plants().stream().filter(p -> p.positive() && p.label().equals(rule.id()))
          .map(Plant::fileType).collect(Collectors.toSet());
      assertTrue(types.size() >= 15, rule.id() + " is planted in only " + types);
    }
  }

  @Test
  void generate_hasAtLeastAsManyHardNegativesAsSecrets_ofEveryCategory() {
    assertTrue(corpus.negatives() >= corpus.positives(), corpus.negatives() + " negatives < " + corpus.positives());
    Set<String> categories = corpus.plants().stream().filter(p -> !p.positive()).map(Plant::label).collect(Collectors.toSet());
    assertTrue(categories.containsAll(List.of("placeholder", "env-reference", "uuid", "git-sha", "lockfile-integrity",
        "data-uri", "documented-aws-key-id", "documented-aws-secret", "documented-jwt-io", "encrypted-value",
        "low-entropy", "hash", "sri-hash", "public-key", "identifier")), categories.toString());
  }

  @Test
  void generate_sameSeedSameBytes_otherSeedOtherKeys() {
    RulePack few = RulePack.of(pack.rules().subList(0, 4));
    Corpus once = CorpusGenerator.generate(few, 7);
    Corpus again = CorpusGenerator.generate(few, 7);
    assertEquals(once.files().size(), again.files().size());
    for (int i = 0; i < once.files().size(); i++) {
      assertArrayEquals(once.files().get(i).bytes(), again.files().get(i).bytes(), once.files().get(i).path());
    }
    assertNotEquals(secrets(once), secrets(CorpusGenerator.generate(few, 8)));
  }

  @Test
  void manifest_readsBackEveryPosition() throws Exception {
    Manifest.Truth truth = Manifest.read(dir);
    assertEquals(42, truth.seed());
    assertEquals(corpus.plants().stream().map(CorpusGeneratorTest::key).toList(), truth.plants().stream()
        .map(CorpusGeneratorTest::key).toList());
    String manifest = Files.readString(dir.resolve(Corpus.MANIFEST), UTF_8);
    assertTrue(corpus.plants().stream().filter(Plant::positive).limit(50).noneMatch(p -> manifest.contains(p.sample().secret())),
        "the manifest must not hold secrets");
  }

  private static String read(CorpusFile file) {
    try {
      return file.encoding().decode(Files.readAllBytes(dir.resolve(Corpus.CORPUS_DIR).resolve(file.path())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The text of {@code span} (1-based, end exclusive) in {@code text}. */
  static String at(String text, Span span) {
    return text.substring(offset(text, span.line(), span.column()), offset(text, span.endLine(), span.endColumn()));
  }

  private static int offset(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
    }
    return start + column - 1;
  }

  /** Whether what the span holds is the secret: as is, escaped or re-indented, or base64-encoded. */
  private static boolean holdsSecret(String atSpan, String secret, String format) {
    if (format.equals("k8s-base64")) {
      return new String(Base64.getDecoder().decode(atSpan), UTF_8).contains(secret);
    }
    return normalized(atSpan).equals(normalized(secret));
  }

  /** Without escapes of newlines and backslashes, whitespace, and a notebook's line quoting ({@code \\n",}). */
  private static String normalized(String s) {
    return s.replace("\\\\", "\\").replace("\\n", "").replaceAll("[\\s\",]", "");
  }

  private static String key(Plant p) {
    return p.file() + ":" + p.span() + ":" + p.entry() + ":" + p.kind() + ":" + p.label() + ":" + p.family() + ":" + p.format();
  }

  private static List<String> secrets(Corpus c) {
    return c.plants().stream().filter(Plant::positive).map(p -> p.sample().secret()).toList();
  }
}

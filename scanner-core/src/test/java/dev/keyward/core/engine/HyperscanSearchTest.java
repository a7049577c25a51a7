package dev.keyward.core.engine;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestRules;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native search on its own; skipped where the native library cannot load. */
class HyperscanSearchTest {
  @TempDir Path cacheDir;

  @BeforeAll
  static void nativeLibrary() {
    assumeTrue(HyperscanLibrary.problem().isEmpty(), () -> "native matcher unavailable: " + HyperscanLibrary.problem());
  }

  private static List<String> matches(Engine engine, Content content) {
    return engine.find(content, "a.txt").stream()
        .map(m -> m.rule().id() + "@" + m.secretStart() + "-" + m.secretEnd()).toList();
  }

  @Test
  void find_testRules_sameMatchesAsJavaEngine() {
    RulePack pack = TestRules.pack();
    String text = "a\nt = \"" + TestRules.token(1) + "\"\r\npassword = \"" + FakeKeys.expand("{b62:16}", 5).text() + "\"\n"
        + "-----BEGIN TEST BLOCK-----\n" + "QUJDREVGR0hJSktMTU5PUA==\n".repeat(3) + "-----END TEST BLOCK-----\n";
    Content content = Content.of(text.getBytes(UTF_8)).orElseThrow();
    Engine nativeEngine = new Engine(pack, EngineChoice.NATIVE);
    assertTrue(nativeEngine.usesNativeSearch());
    List<String> expected = matches(new Engine(pack, EngineChoice.JAVA), content);
    assertEquals(3, expected.size(), expected::toString);
    assertEquals(expected, matches(nativeEngine, content));
  }

  @Test
  void find_ruleWithoutNativePattern_runsOnItsKeywords() throws Exception {
    List<Rule> rules = RuleLoader.read("rules:\n"
        + "  - id: test-cjk\n    title: t\n    severity: high\n    keywords: [kwcjk_]\n"
        + "    regex: '(?<secret>kwcjk_[a-z]{8})|\u4e00kwcjk'\n    references: ['https://example.invalid/x']\n", "t.yaml");
    RulePack pack = RulePack.of(rules);
    Engine engine = new Engine(pack, EngineChoice.NATIVE);
    assertTrue(engine.usesNativeSearch());
    Content content = Content.of("x = kwcjk_qzvmtrpx\n".getBytes(UTF_8)).orElseThrow();
    assertEquals(List.of("test-cjk@4-18"), matches(new Engine(pack, EngineChoice.JAVA), content));
    assertEquals(List.of("test-cjk@4-18"), matches(engine, content));
  }

  @Test
  void find_textBeyondLatin1_usesTheKeywordSearch() throws Exception {
    RulePack pack = TestRules.pack();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(("\u4e00 t = \"" + TestRules.token(2) + "\"\n").getBytes(UTF_16LE));
    Content content = Content.of(bytes.toByteArray()).orElseThrow();
    assertEquals(List.of("test-token@7-46"), matches(new Engine(pack, EngineChoice.NATIVE), content));
  }

  /** Each candidate the decoding stage would act on, as {@code ENCODING@start-end}. */
  private static List<String> spans(byte[] text, EncodedSpans.Escapes escapes) {
    List<String> out = new java.util.ArrayList<>();
    EncodedSpans.scan(text, escapes, (encoding, start, end) -> out.add(encoding + "@" + start + "-" + end));
    return out;
  }

  @Test
  void search_reportsTheEscapesOfTheDecodingStage_asItsOwnPassFindsThem() {
    List<Rule> rules = TestRules.pack().rules();
    HyperscanSearch search = new HyperscanCompiler(cache()).search(rules, new KeywordSearch(rules));
    java.util.Random random = new java.util.Random(7);
    String alphabet = "%%%\\\\\\u0007fFaA9/\"\"  \t::\nxyz=+";
    int escapes = 0;
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = t == 0 ? "%41\\u0041 \\/ \\\\u0041\\\" :" : sb.toString();
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      EncodedSpans.Escapes found = search.search(Content.of(bytes).orElseThrow()).escapes();
      escapes += found.sorted()[0];
      assertEquals(spans(bytes, null), spans(bytes, found), () -> "in " + text.replace("\n", "\\n"));
    }
    assertTrue(escapes > 1000, "escapes found: " + escapes);
  }

  @Test
  void compile_rejectedPattern_isLeftOutAndNamed() {
    HyperscanDatabase.Compiled compiled = HyperscanDatabase.compile(Map.of(0, List.of("abc"), 1, List.of("x", "(unclosed")));
    assertEquals(List.of(0), compiled.database().orElseThrow().rules());
    assertEquals(List.of(1), List.copyOf(compiled.rejected().keySet()));
  }

  @Test
  void search_databaseComesFromTheDiskCache_andACorruptCacheIsRecompiled() throws Exception {
    Path file = cachedDatabase();
    byte[] written = Files.readAllBytes(file);
    Files.write(file, new byte[] {1, 2, 3});
    assertSearchFindsAToken();
    assertEquals(written.length, Files.size(file), "the corrupt file was replaced");
  }

  @Test
  void search_cachedDatabaseReportingRulesThePackLacks_isRecompiled() throws Exception {
    String key = cachedDatabase().getFileName().toString().replace(".db", "");
    // a database (say, of an older format) whose patterns report a match id past the last rule
    java.nio.ByteBuffer valid = java.nio.ByteBuffer.wrap(cache().read(key).orElseThrow());
    int ruleCount = valid.getInt(0);
    int past = ruleCount + EncodedSpans.ESCAPE_EXPRESSIONS.size(); // past the rules and the escape expressions
    HyperscanDatabase stray = HyperscanDatabase.compile(Map.of(past, List.of("t"))).database().orElseThrow();
    byte[] serialized = stray.serialize();
    java.nio.ByteBuffer payload = java.nio.ByteBuffer.allocate(4 + 4 * ruleCount + 4 + 8 + 4 + serialized.length);
    payload.put(java.util.Arrays.copyOf(valid.array(), 4 + 4 * ruleCount));
    payload.putInt(1).putInt(1).putInt(past).putInt(serialized.length).put(serialized);
    cache().write(key, payload.array());
    assertSearchFindsAToken();
  }

  private DatabaseCache cache() {
    return new DatabaseCache(Optional.of(cacheDir));
  }

  /** Compiles the test pack's database into the (empty) cache directory; the file it wrote. */
  private Path cachedDatabase() throws Exception {
    List<Rule> rules = TestRules.pack().rules();
    HyperscanCompiler.forgetBuilt();
    new HyperscanCompiler(cache()).search(rules, new KeywordSearch(rules));
    try (var files = Files.list(cacheDir)) {
      return files.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
    }
  }

  /** A search built afresh (from the cache, or compiled) finds a token of the test pack. */
  private void assertSearchFindsAToken() {
    List<Rule> rules = TestRules.pack().rules();
    HyperscanCompiler.forgetBuilt();
    HyperscanSearch search = new HyperscanCompiler(cache()).search(rules, new KeywordSearch(rules));
    Windows[] windows = search.search(Content.ofText("t = " + TestRules.token(3))).windows();
    assertFalse(java.util.Arrays.stream(windows).allMatch(w -> w == null));
  }
}

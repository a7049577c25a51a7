package dev.keyward.core.rule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledPackTest {
  private static final String YAML = """
      rules:
        - id: demo-token
          title: Demo token
          description: A demo token.
          severity: high
          keywords: [demo_]
          regex: '(?<secret>demo_[a-z0-9]{20})'
          entropy: 2.5
          window: 64
          multiline: true
          catch-all: false
          supersedes: [other-rule]
          allowlist: {stopwords: [example], regexes: ['demo_0+'], paths: ['docs/**']}
          references: ['https://example.invalid/demo']
          companion-files: ['*.jks']
          examples: ['token = «demo_{lower:20}»', {file: a.yml, text: 'x: «demo_{lower:20}»'}]
          negatives: ['token = demo_short']
        - id: demo-structured
          title: Demo structured
          severity: medium
          files: ['*.yml']
          key-paths: ['demo.password']
      """;

  @Test
  void roundTrip_keepsEveryFieldOfEverySpec() throws Exception {
    List<RuleLoader.Written> written = RuleLoader.readWritten(new java.io.StringReader(YAML), "demo.yaml");
    List<RuleLoader.Written> back = roundTrip(written, "h");
    assertSameSpecs(written, back);
  }

  /** A spec field the store forgets would silently vanish from the built-in pack: every field is set here. */
  @Test
  void roundTrip_everyDeclaredField_survives() throws Exception {
    RuleSpec spec = filled(RuleSpec.class);
    List<RuleLoader.Written> one = List.of(new RuleLoader.Written(spec, "all.yaml", 7));
    List<RuleLoader.Written> back = roundTrip(one, "h");
    assertSameSpecs(one, back);
    assertEquals(7, back.get(0).line());
    assertEquals("all.yaml", back.get(0).source());
  }

  @Test
  void read_otherYamlHash_isEmpty_soTheYamlIsRead() throws Exception {
    List<RuleLoader.Written> written = RuleLoader.readWritten(new java.io.StringReader(YAML), "demo.yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledPack.write("made-from-this", written, out);
    assertEquals(Optional.empty(), CompiledPack.read(new ByteArrayInputStream(out.toByteArray()), "edited-since"));
  }

  @Test
  void read_truncatedOrForeign_isEmpty() throws Exception {
    List<RuleLoader.Written> written = RuleLoader.readWritten(new java.io.StringReader(YAML), "demo.yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledPack.write("h", written, out);
    byte[] full = out.toByteArray();
    byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
    assertEquals(Optional.empty(), CompiledPack.read(new ByteArrayInputStream(half), "h"));
    assertEquals(Optional.empty(), CompiledPack.read(new ByteArrayInputStream("[1,2]".getBytes(UTF_8)), "h"));
    String otherFormat = new String(full, UTF_8).replace("\"format\":1", "\"format\":99");
    assertEquals(Optional.empty(), CompiledPack.read(new ByteArrayInputStream(otherFormat.getBytes(UTF_8)), "h"));
  }

  @Test
  void hash_changesWithAnyByteOrFileName() {
    byte[] index = "a.yaml\n".getBytes(UTF_8);
    String base = new CompiledPack.Sources(index, Map.of("a.yaml", "rules: []".getBytes(UTF_8))).hash();
    assertNotEquals(base, new CompiledPack.Sources(index, Map.of("a.yaml", "rules: [ ]".getBytes(UTF_8))).hash());
    assertNotEquals(base, new CompiledPack.Sources(index, Map.of("b.yaml", "rules: []".getBytes(UTF_8))).hash());
    assertEquals(base, new CompiledPack.Sources(index, Map.of("a.yaml", "rules: []".getBytes(UTF_8))).hash());
  }

  @Test
  void main_writesThePack_andFailsOnABadRuleWithItsFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.txt"), "# the pack\ndemo.yaml\n");
    Files.writeString(dir.resolve("demo.yaml"), YAML);
    Path out = dir.resolve("out/pack.json");
    CompiledPack.main(new String[] {dir.toString(), out.toString()});
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("demo.yaml", Files.readAllBytes(dir.resolve("demo.yaml")));
    String hash = new CompiledPack.Sources(Files.readAllBytes(dir.resolve("index.txt")), files).hash();
    List<RuleLoader.Written> back = CompiledPack.read(Files.newInputStream(out), hash).orElseThrow();
    assertEquals(List.of("demo-token", "demo-structured"), back.stream().map(w -> w.spec().id).toList());
    assertEquals("builtin:demo.yaml", back.get(0).source());

    Files.writeString(dir.resolve("demo.yaml"), YAML.replace("severity: medium", "severity: dire"));
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> CompiledPack.main(new String[] {dir.toString(), out.toString()}));
    assertTrue(e.getMessage().contains("demo.yaml") && e.getMessage().contains("demo.yaml:18: rule 'demo-structured'"), e.getMessage());
  }

  static List<RuleLoader.Written> roundTrip(List<RuleLoader.Written> written, String hash) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledPack.write(hash, written, out);
    return CompiledPack.read(new ByteArrayInputStream(out.toByteArray()), hash).orElseThrow();
  }

  /** Same source, line and, field by field (by reflection, so a new field is compared too), spec. */
  static void assertSameSpecs(List<RuleLoader.Written> expected, List<RuleLoader.Written> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).source(), actual.get(i).source());
      assertEquals(expected.get(i).line(), actual.get(i).line());
      assertEquals(describe(expected.get(i).spec()), describe(actual.get(i).spec()), "rule " + i);
    }
  }

  /** Every instance field of a spec object, recursively, as text. */
  private static String describe(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(v -> items.add(describe(v)));
      return items.toString();
    }
    StringBuilder sb = new StringBuilder(value.getClass().getSimpleName()).append('{');
    for (Field f : value.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        try {
          sb.append(f.getName()).append('=').append(describe(f.get(value))).append(';');
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return sb.append('}').toString();
  }

  /** An instance of a spec class with every field set to a distinct non-null value. */
  private static <T> T filled(Class<T> type) throws Exception {
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    T spec = constructor.newInstance();
    int n = 0;
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      n++;
      Class<?> t = f.getType();
      Object v;
      if (t == String.class) {
        v = f.getName() + "-" + n;
      } else if (t == Double.class) {
        v = n + 0.5;
      } else if (t == Integer.class) {
        v = n;
      } else if (t == Boolean.class) {
        v = n % 2 == 0;
      } else if (t == AllowlistSpec.class) {
        v = filled(AllowlistSpec.class);
      } else if (t == List.class) {
        String element = f.getGenericType().getTypeName();
        v = element.contains("ExampleSpec") ? List.of(filled(ExampleSpec.class), new ExampleSpec("plain"))
            : List.of(f.getName() + "-a", f.getName() + "-b");
      } else {
        throw new AssertionError("RuleSpec." + f.getName() + " has a type this test does not know: " + t
            + "; teach CompiledPack (and this test) to store it");
      }
      f.set(spec, v);
    }
    return spec;
  }

  @Test
  void written_compilesAsTheYamlDoes() throws ConfigException, IOException {
    List<RuleLoader.Written> back = roundTrip(
        RuleLoader.readWritten(new java.io.StringReader(YAML), "demo.yaml"), "h");
    List<Rule> fromYaml = RuleLoader.read(YAML, "demo.yaml");
    for (int i = 0; i < fromYaml.size(); i++) {
      Rule a = fromYaml.get(i);
      Rule b = back.get(i).compile();
      assertEquals(a.id(), b.id());
      assertEquals(a.examples(), b.examples());
      assertEquals(a.allowlist().paths(), b.allowlist().paths());
      assertEquals(a.structured(), b.structured());
    }
  }
}

package dev.keyward.core.rule;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyward.core.ConfigException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rule pack read once at build time and stored as one JSON file,
 * {@value #RESOURCE}, beside the YAML it was made from. A cold JVM reads it with Jackson's streaming
 * parser in a few tens of milliseconds, where the YAML parser and Jackson's data binding take some
 * 450 ms: most of a pre-commit hook's latency. Each stored rule is the spec as written (fields, file,
 * line) and is compiled by {@link RuleLoader} exactly as from YAML, so checks and error messages do
 * not change.
 *
 * <p>The file records the SHA-256 of the YAML it was made from ({@link #hash}); {@link RulePack}
 * uses it only when the YAML on the class path still has that hash, so a rule edited since the last
 * build is never shadowed by a stale copy. Written by {@link #main} in the rules module's build.
 */
public final class CompiledPack {
  static final String RESOURCE = "dev/keyward/rules/pack.json";
  /** Bump when the layout below changes; a file of another format is ignored (the YAML is read). */
  private static final int FORMAT = 1;
  private static final JsonFactory JSON = new JsonFactory();

  private CompiledPack() {}

  /** The YAML files of a pack, by name in index order, as bytes. */
  record Sources(byte[] index, Map<String, byte[]> files) {
    /** SHA-256 over the index and each file's name and bytes, length-prefixed. */
    String hash() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        update(sha, index);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          update(sha, file.getKey().getBytes(UTF_8));
          update(sha, file.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }

    private static void update(MessageDigest sha, byte[] bytes) {
      sha.update(Integer.toString(bytes.length).getBytes(UTF_8));
      sha.update((byte) ':');
      sha.update(bytes);
    }

    /** Every rule of every file, read from the YAML (each file's problems as ConfigExceptions). */
    List<RuleLoader.Written> readYaml() throws ConfigException {
      List<RuleLoader.Written> all = new ArrayList<>();
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        all.addAll(RuleLoader.readWritten(
            new InputStreamReader(new ByteArrayInputStream(file.getValue()), UTF_8), "builtin:" + file.getKey()));
      }
      return all;
    }
  }

  /** Writes {@code rules}, made from YAML with the given hash. */
  static void write(String hash, List<RuleLoader.Written> rules, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("yaml-sha256", hash);
      g.writeArrayFieldStart("rules");
      for (RuleLoader.Written w : rules) {
        g.writeStartObject();
        g.writeStringField("source", w.source());
        g.writeNumberField("line", w.line());
        writeSpec(g, w.spec());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeSpec(JsonGenerator g, RuleSpec s) throws IOException {
    string(g, "id", s.id);
    string(g, "title", s.title);
    string(g, "description", s.description);
    string(g, "severity", s.severity);
    strings(g, "keywords", s.keywords);
    string(g, "regex", s.regex);
    if (s.entropy != null) {
      g.writeNumberField("entropy", s.entropy);
    }
    string(g, "validator", s.validator);
    if (s.window != null) {
      g.writeNumberField("window", s.window);
    }
    bool(g, "multiline", s.multiline);
    bool(g, "catch-all", s.catchAll);
    strings(g, "supersedes", s.supersedes);
    if (s.allowlist != null) {
      g.writeObjectFieldStart("allowlist");
      strings(g, "stopwords", s.allowlist.stopwords);
      strings(g, "regexes", s.allowlist.regexes);
      strings(g, "paths", s.allowlist.paths);
      strings(g, "fingerprints", s.allowlist.fingerprints);
      g.writeEndObject();
    }
    strings(g, "references", s.references);
    strings(g, "files", s.files);
    strings(g, "key-paths", s.keyPaths);
    strings(g, "companion-files", s.companionFiles);
    examples(g, "examples", s.examples);
    examples(g, "negatives", s.negatives);
  }

  private static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
    if (value != null) {
      g.writeBooleanField(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (values != null) {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void examples(JsonGenerator g, String name, List<ExampleSpec> values) throws IOException {
    if (values != null) {
      g.writeArrayFieldStart(name);
      for (ExampleSpec e : values) {
        g.writeStartObject();
        string(g, "file", e.file);
        string(g, "text", e.text);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /**
   * The rules stored in {@code in}, if it is in this format and was made from YAML with hash
   * {@code hash} (null: from any); empty otherwise (a stale or foreign file), or if it does not parse.
   */
  static Optional<List<RuleLoader.Written>> read(InputStream in, String hash) {
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT || !field(p, "format") || p.getIntValue() != FORMAT || !field(p, "yaml-sha256") || hash != null && !hash.equals(p.getText())
          || !field(p, "rules") || p.currentToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      List<RuleLoader.Written> rules = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        rules.add(written(p));
      }
      return Optional.of(rules);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static RuleLoader.Written written(JsonParser p) throws IOException {
    String source = null;
    int line = 0;
    RuleSpec s = new RuleSpec();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "source" -> source = p.getText();
        case "line" -> line = p.getIntValue();
        case "id" -> s.id = p.getText();
        case "title" -> s.title = p.getText();
        case "description" -> s.description = p.getText();
        case "severity" -> s.severity = p.getText();
        case "keywords" -> s.keywords = strings(p);
        case "regex" -> s.regex = p.getText();
        case "entropy" -> s.entropy = p.getDoubleValue();
        case "validator" -> s.validator = p.getText();
        case "window" -> s.window = p.getIntValue();
        case "multiline" -> s.multiline = p.getBooleanValue();
        case "catch-all" -> s.catchAll = p.getBooleanValue();
        case "supersedes" -> s.supersedes = strings(p);
        case "allowlist" -> s.allowlist = allowlist(p);
        case "references" -> s.references = strings(p);
        case "files" -> s.files = strings(p);
        case "key-paths" -> s.keyPaths = strings(p);
        case "companion-files" -> s.companionFiles = strings(p);
        case "examples" -> s.examples = examples(p);
        case "negatives" -> s.negatives = examples(p);
        default -> throw new IOException("unknown field " + name);
      }
    }
    if (source == null) {
      throw new IOException("a rule without its source");
    }
    return new RuleLoader.Written(s, source, line);
  }

  private static AllowlistSpec allowlist(JsonParser p) throws IOException {
    AllowlistSpec a = new AllowlistSpec();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "stopwords" -> a.stopwords = strings(p);
        case "regexes" -> a.regexes = strings(p);
        case "paths" -> a.paths = strings(p);
        case "fingerprints" -> a.fingerprints = strings(p);
        default -> throw new IOException("unknown allowlist field " + name);
      }
    }
    return a;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<String> values = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      values.add(p.getText());
    }
    return values;
  }

  private static List<ExampleSpec> examples(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<ExampleSpec> values = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      ExampleSpec e = new ExampleSpec();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "file" -> e.file = p.getText();
          case "text" -> e.text = p.getText();
          default -> throw new IOException("unknown example field " + name);
        }
      }
      values.add(e);
    }
    return values;
  }

  /** Moves to the next field; whether it is {@code name} (the parser then stands on its value). */
  private static boolean field(JsonParser p, String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      return false;
    }
    p.nextToken();
    return true;
  }

  /** Checks the token the parser stands on. */
  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new IOException("expected " + token + ", found " + p.currentToken());
    }
  }

  /**
   * Build step of the rules module: reads the pack under {@code args[0]} (a directory holding
   * {@code index.txt} and the YAML it lists), checks every rule, and writes {@code args[1]}. A rule
   * problem fails the build with the file and line.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompiledPack RULES_DIR OUTPUT_FILE");
    }
    Path dir = Path.of(args[0]);
    byte[] index = Files.readAllBytes(dir.resolve("index.txt"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : RulePack.lines(new ByteArrayInputStream(index))) {
      files.put(file, Files.readAllBytes(dir.resolve(file)));
    }
    Sources sources = new Sources(index, files);
    List<RuleLoader.Written> rules;
    try {
      rules = sources.readYaml();
      List<Rule> compiled = new ArrayList<>();
      for (RuleLoader.Written w : rules) {
        compiled.add(w.compile());
      }
      RulePack.of(compiled);
    } catch (ConfigException | IllegalArgumentException e) {
      throw new IllegalStateException("the rule pack does not load: " + e.getMessage(), e);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      write(sources.hash(), rules, o);
    }
  }
}

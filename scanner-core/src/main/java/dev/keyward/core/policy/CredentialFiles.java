package dev.keyward.core.policy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The credential-file list as a matcher: the last entry that matches a path decides, as in a
 * {@code .gitignore} (so {@code !.env.example} after {@code .env.*} excludes the example).
 */
public final class CredentialFiles {
  static final String DEFAULTS = "/dev/keyward/core/policy/credential-files.json";

  /** Reads the built-in list, which keeps its explanatory # comments. */
  private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_YAML_COMMENTS).build();

  private record Entry(FastIgnoreRule rule, Optional<Pattern> containing) {}

  private final List<CredentialPattern> patterns;
  private final List<Entry> entries;

  public CredentialFiles(List<CredentialPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.entries = this.patterns.stream()
        .map(p -> new Entry(new FastIgnoreRule(p.pattern()), p.contentPattern())).toList();
  }

  /**
   * The built-in list ({@code credential-files.json} beside this class, in the format of
   * {@link #parse}), read with the streaming parser: data binding would cost a cold start ~0.25 s.
   */
  public static List<CredentialPattern> defaults() {
    try (InputStream in = CredentialFiles.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the class path");
      }
      return read(JSON.createParser(in));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS + ": " + e.getMessage(), e);
    }
  }

  /** Reads a YAML list whose items are a pattern, or {@code {pattern: …, containing: …}}. */
  public static List<CredentialPattern> parse(JsonNode list) {
    try {
      return read(list.traverse());
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static List<CredentialPattern> read(JsonParser p) throws IOException {
    try (p) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("expected a list of patterns");
      }
      List<CredentialPattern> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          out.add(CredentialPattern.of(p.getText()));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (t == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          fields.put(name, p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null);
          p.skipChildren();
        }
        if (t != JsonToken.START_OBJECT || fields.get("pattern") == null || fields.containsValue(null)
            || !Set.of("pattern", "containing").containsAll(fields.keySet())) {
          p.skipChildren();
          throw new IllegalArgumentException("expected a pattern or {pattern: …, containing: …}, got "
              + (t == JsonToken.START_OBJECT ? fields : p.getText()));
        }
        out.add(new CredentialPattern(fields.get("pattern"), fields.getOrDefault("containing", "")));
      }
      return out;
    }
  }

  public List<CredentialPattern> patterns() {
    return patterns;
  }

  /**
   * Whether the file or directory at {@code path} (relative, forward slashes) is a credential file;
   * {@code content} is read only when an entry with a content condition decides.
   */
  public boolean matches(String path, boolean directory, Supplier<Optional<byte[]>> content) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (!e.rule().isMatch(path, directory, true)) {
        continue;
      }
      if (e.containing().isPresent()) {
        if (directory) {
          continue;
        }
        Optional<byte[]> bytes = content.get();
        if (bytes.isEmpty() || !e.containing().get().matcher(new String(bytes.get(), ISO_8859_1)).find()) {
          continue;
        }
      }
      return e.rule().getResult();
    }
    return false;
  }
}

package dev.keyward.core.policy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The credential-file list as a matcher: the last entry that matches a path decides, as in a
 * {@code .gitignore} (so {@code !.env.example} after {@code .env.*} excludes the example).
 */
public final class CredentialFiles {
  static final String DEFAULTS = "/dev/keyward/core/policy/credential-files.yaml";

  private record Entry(FastIgnoreRule rule, Optional<Pattern> containing) {}

  private final List<CredentialPattern> patterns;
  private final List<Entry> entries;

  public CredentialFiles(List<CredentialPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.entries = this.patterns.stream()
        .map(p -> new Entry(new FastIgnoreRule(p.pattern()), p.contentPattern())).toList();
  }

  /** The built-in list ({@code credential-files.yaml} beside this class). */
  public static List<CredentialPattern> defaults() {
    try (InputStream in = CredentialFiles.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the class path");
      }
      return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULTS, e);
    }
  }

  /** Reads a YAML list whose items are a pattern, or {@code {pattern: …, containing: …}}. */
  public static List<CredentialPattern> parse(JsonNode list) {
    if (!list.isArray()) {
      throw new IllegalArgumentException("expected a list of patterns");
    }
    List<CredentialPattern> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.isTextual()) {
        out.add(CredentialPattern.of(item.asText()));
      } else if (item.isObject() && item.path("pattern").isTextual()
          && item.size() == (item.has("containing") ? 2 : 1)) {
        out.add(new CredentialPattern(item.get("pattern").asText(), item.path("containing").asText("")));
      } else {
        throw new IllegalArgumentException("expected a pattern or {pattern: …, containing: …}, got " + item);
      }
    }
    return out;
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

package dev.keyward.core.policy;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds plaintext Anthropic keys in a Claude Code configuration ({@code .claude.json}, {@code
 * settings.json}): a {@code primaryApiKey} value, or any string holding {@code sk-ant-} material.
 * Parsed with Jackson so the line is the value's; text that is not JSON is searched line by line.
 * Never returns the key.
 */
public final class ClaudeConfigKeys {
  private static final String KEY_FIELD = "primaryApiKey";
  private static final String KEY_MARKER = "sk-ant-";
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

  /**
   * Where a key sits.
   *
   * @param line 1-based
   * @param field the JSON field holding it, e.g. {@code primaryApiKey}, or empty text
   */
  public record Hit(int line, String field) {}

  private ClaudeConfigKeys() {}

  /** The keys in {@code content}, in file order. */
  public static List<Hit> find(byte[] content) {
    try {
      return parse(content);
    } catch (IOException e) {
      return byLine(new String(content, UTF_8));
    }
  }

  /** One human phrase for the hits: {@code primaryApiKey on line 3}. */
  public static String describe(List<Hit> hits) {
    Hit first = hits.get(0);
    String what = first.field().isEmpty() ? "an sk-ant- key" : "`" + first.field() + "`";
    return what + " on line " + first.line() + (hits.size() > 1 ? " and " + (hits.size() - 1) + " more" : "");
  }

  private static List<Hit> parse(byte[] content) throws IOException {
    List<Hit> hits = new ArrayList<>();
    try (JsonParser p = JSON.createParser(content)) {
      String field = "";
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
        } else if (t == JsonToken.VALUE_STRING) {
          String value = p.getText();
          boolean key = (field.equals(KEY_FIELD) && !value.isBlank()) || value.contains(KEY_MARKER);
          if (key) {
            hits.add(new Hit(p.currentTokenLocation().getLineNr(), p.getParsingContext().inObject() ? field : ""));
          }
        }
      }
    }
    return hits;
  }

  private static List<Hit> byLine(String text) {
    List<Hit> hits = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Optional<String> field = lines[i].contains("\"" + KEY_FIELD + "\"") ? Optional.of(KEY_FIELD) : Optional.empty();
      if (field.isPresent() || lines[i].contains(KEY_MARKER)) {
        hits.add(new Hit(i + 1, field.orElse("")));
      }
    }
    return hits;
  }
}

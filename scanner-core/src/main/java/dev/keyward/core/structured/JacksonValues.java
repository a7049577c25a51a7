package dev.keyward.core.structured;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the scalar values of a JSON or YAML document (every document of a multi-document YAML file)
 * with Jackson's streaming parser, keeping each value's path and where it is written. Booleans and
 * nulls are not values here: no secret is {@code true}.
 */
final class JacksonValues {
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(200).build();

  static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS).build();

  private JacksonValues() {}

  static List<ConfigValue> json(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
    return read(JSON, text, wanted, false);
  }

  static List<ConfigValue> yaml(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
    return read(YAML, text, wanted, true);
  }

  /**
   * @param codePointOffsets whether the parser reports offsets in code points (SnakeYAML) rather than
   *     chars (Jackson's JSON parser)
   */
  private static List<ConfigValue> read(JsonFactory factory, String text, Predicate<List<String>> wanted,
      boolean codePointOffsets) throws MalformedDocumentException {
    boolean surrogates = codePointOffsets && text.chars().anyMatch(c -> Character.isSurrogate((char) c));
    List<ConfigValue> values = new ArrayList<>();
    try (JsonParser p = factory.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
          continue;
        }
        JsonStreamContext context = p.getParsingContext();
        if (context.inRoot() || context.getNestingDepth() > KeySegments.MAX_DEPTH) {
          continue;
        }
        List<String> path = path(context);
        if (!wanted.test(path)) {
          continue;
        }
        long offset = p.currentTokenLocation().getCharOffset();
        if (offset < 0 || offset >= Integer.MAX_VALUE) {
          continue;
        }
        int anchor = surrogates ? text.offsetByCodePoints(0, (int) offset) : (int) offset;
        int[] span = ScalarSpan.of(text, anchor, p.getText());
        if (span.length == 2) {
          values.add(new ConfigValue(path, p.getText(), span[0], span[1]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Jackson reports malformed input as IOExceptions, SnakeYAML some of it as unchecked YAMLExceptions
      throw new MalformedDocumentException(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), e);
    }
    return values;
  }

  /** The key path of the value the parser is on: field names split at dots, list indexes. */
  private static List<String> path(JsonStreamContext context) {
    List<String> reversed = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        reversed.add(KeySegments.index(c.getCurrentIndex()));
      } else {
        List<String> segments = new ArrayList<>();
        KeySegments.add(c.getCurrentName() == null ? "" : c.getCurrentName(), segments);
        Collections.reverse(segments);
        reversed.addAll(segments);
      }
    }
    Collections.reverse(reversed);
    return reversed;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}

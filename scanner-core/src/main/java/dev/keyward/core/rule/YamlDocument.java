package dev.keyward.core.rule;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.keyward.core.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Streams a YAML mapping key by key so that every value keeps its line number, and turns Jackson's
 * errors into {@link ConfigException}s that name the file, line and key.
 */
public final class YamlDocument {
  static final ObjectMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** Receives each top-level key; reads its value from the parser (positioned on the value). */
  @FunctionalInterface
  public interface KeyHandler {
    void key(String key, Cursor cursor) throws IOException, ConfigException;
  }

  /** A view of the parser for handlers: typed reads that keep locations. */
  public static final class Cursor {
    private final JsonParser parser;
    private final String source;

    Cursor(JsonParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    public String source() {
      return source;
    }

    public int line() {
      return parser.currentTokenLocation().getLineNr();
    }

    public <T> T read(Class<T> type) throws IOException {
      return MAPPER.readValue(parser, type);
    }

    /** Reads a sequence of objects, calling {@code each} with the line each one starts on. */
    public <T> void readEach(Class<T> type, ItemHandler<T> each) throws IOException, ConfigException {
      expect(JsonToken.START_ARRAY, "a list");
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int line = line();
        each.item(MAPPER.readValue(parser, type), line);
      }
    }

    public ConfigException error(int line, String problem) {
      return new ConfigException(source, line, 0, problem);
    }

    private void expect(JsonToken token, String what) throws ConfigException {
      if (parser.currentToken() != token) {
        throw error(line(), "expected " + what);
      }
    }
  }

  /** Receives each item of a list with its line. */
  @FunctionalInterface
  public interface ItemHandler<T> {
    void item(T value, int line) throws ConfigException;
  }

  private YamlDocument() {}

  /**
   * Reads a YAML mapping from {@code reader}, calling {@code handler} for each top-level key. An
   * empty document is an empty mapping.
   */
  public static void read(Reader reader, String source, KeyHandler handler) throws ConfigException {
    try (JsonParser parser = MAPPER.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return;
      }
      Cursor cursor = new Cursor(parser, source);
      if (first != JsonToken.START_OBJECT) {
        throw cursor.error(cursor.line(), "expected a mapping of keys to values at the top level");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        handler.key(key, cursor);
      }
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(source, lineOf(e.getLocation()), columnOf(e.getLocation()),
          "unknown key '" + e.getPropertyName() + "' (known keys: " + known(e) + ")");
    } catch (MismatchedInputException e) {
      throw new ConfigException(source, lineOf(e.getLocation()), columnOf(e.getLocation()),
          keyOf(e) + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new ConfigException(source, lineOf(e.getLocation()), columnOf(e.getLocation()),
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(source, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The error for a top-level key nobody handles. */
  public static ConfigException unknownKey(Cursor cursor, String key, List<String> known) {
    return cursor.error(cursor.line(), "unknown key '" + key + "' (known keys: " + String.join(", ", known) + ")");
  }

  private static String known(UnrecognizedPropertyException e) {
    List<String> names = new ArrayList<>();
    e.getKnownPropertyIds().forEach(o -> names.add(String.valueOf(o)));
    return names.stream().sorted().collect(Collectors.joining(", "));
  }

  /** {@code "key 'name': "} for a value of the wrong type under a named key, else nothing. */
  private static String keyOf(MismatchedInputException e) {
    List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path = e.getPath();
    String name = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    return name == null ? "" : "key '" + name + "': ";
  }

  private static int lineOf(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static int columnOf(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }
}

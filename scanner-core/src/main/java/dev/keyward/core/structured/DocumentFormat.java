package dev.keyward.core.structured;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The formats structured rules read, chosen by the file's extension. */
enum DocumentFormat {
  JSON {
    @Override
    List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
      return JacksonValues.json(text, wanted);
    }
  },
  YAML {
    @Override
    List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
      return JacksonValues.yaml(text, wanted);
    }
  },
  PROPERTIES {
    @Override
    List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
      return PropertiesValues.read(text, wanted);
    }
  },
  XML {
    @Override
    List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException {
      return XmlValues.read(text, wanted);
    }
  };

  /** The values whose key path {@code wanted} accepts, in document order. */
  abstract List<ConfigValue> read(String text, Predicate<List<String>> wanted) throws MalformedDocumentException;

  /** The format of the file at {@code path}: {@code .json}, {@code .yml}/{@code .yaml}, {@code .properties}, {@code .xml}. */
  static Optional<DocumentFormat> of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".properties")) {
      return Optional.of(PROPERTIES);
    }
    return name.endsWith(".xml") ? Optional.of(XML) : Optional.empty();
  }
}

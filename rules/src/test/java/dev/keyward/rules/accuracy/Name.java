package dev.keyward.rules.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A variable name as words, rendered in each language's convention ({@code API_KEY}, {@code apiKey}, …). */
record Name(List<String> words) {
  Name {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a name needs a word");
    }
  }

  /** Splits {@code raw} at non-alphanumerics and camel-case humps: {@code x-api-key}, {@code accessKeyId}. */
  static Name parse(String raw) {
    List<String> words = new ArrayList<>();
    for (String part : raw.split("[^A-Za-z0-9]+")) {
      for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Name(words);
  }

  /** Whether {@code raw} yields at least one word. */
  static boolean parses(String raw) {
    return raw.chars().anyMatch(Character::isLetterOrDigit);
  }

  Name plus(String word) {
    List<String> more = new ArrayList<>(words);
    more.add(word);
    return new Name(more);
  }

  String upper() {
    return join("_").toUpperCase(Locale.ROOT);
  }

  String snake() {
    return join("_");
  }

  String dotted() {
    return join(".");
  }

  String kebab() {
    return join("-");
  }

  String camel() {
    String pascal = pascal();
    return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  String pascal() {
    String pascal = words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
    return Character.isDigit(pascal.charAt(0)) ? "V" + pascal : pascal;
  }

  private String join(String separator) {
    String joined = String.join(separator, words);
    return Character.isDigit(joined.charAt(0)) ? "v" + separator + joined : joined;
  }
}

package dev.keyward.core.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An example or negative as written in YAML: a template string, or a mapping {@code {file: NAME,
 * text: TEMPLATE}} when the file name matters (structured rules read {@code application.yml} as
 * YAML). Fields bound as they stream past, so a typo in the mapping is reported at its own line.
 */
final class ExampleSpec {
  @JsonProperty("file")
  String file;

  @JsonProperty("text")
  String text;

  ExampleSpec() {}

  /** A plain template (Jackson's string creator). */
  ExampleSpec(String text) {
    this.text = text;
  }
}

package dev.keyward.core.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A rule as written in YAML, before validation. Jackson fills it; unknown keys are errors. Absent
 * optional values are null here (fields bound by Jackson as they stream past, so an unknown key is
 * reported at its own line) and nowhere else: {@link Rule} is what the rest of the code sees.
 */
final class RuleSpec {
  @JsonProperty("id")
  String id;

  @JsonProperty("title")
  String title;

  @JsonProperty("description")
  String description;

  @JsonProperty("severity")
  String severity;

  @JsonProperty("keywords")
  List<String> keywords;

  @JsonProperty("regex")
  String regex;

  @JsonProperty("entropy")
  Double entropy;

  @JsonProperty("validator")
  String validator;

  @JsonProperty("window")
  Integer window;

  @JsonProperty("multiline")
  Boolean multiline;

  @JsonProperty("catch-all")
  Boolean catchAll;

  @JsonProperty("allowlist")
  AllowlistSpec allowlist;

  @JsonProperty("references")
  List<String> references;

  @JsonProperty("files")
  List<String> files;

  @JsonProperty("key-paths")
  List<String> keyPaths;

  @JsonProperty("companion-files")
  List<String> companionFiles;

  @JsonProperty("examples")
  List<ExampleSpec> examples;

  @JsonProperty("negatives")
  List<ExampleSpec> negatives;
}

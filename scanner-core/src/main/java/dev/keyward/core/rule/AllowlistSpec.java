package dev.keyward.core.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An allowlist as written in YAML (in a rule, or at the top of {@code .keyward.yaml}). */
final class AllowlistSpec {
  @JsonProperty("stopwords")
  List<String> stopwords;

  @JsonProperty("regexes")
  List<String> regexes;

  @JsonProperty("paths")
  List<String> paths;

  /** Only in {@code .keyward.yaml}'s top-level allowlist: findings accepted by fingerprint. */
  @JsonProperty("fingerprints")
  List<String> fingerprints;
}

package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The top-level SARIF object (§3.13). */
@JsonPropertyOrder({"$schema", "version", "runs"}) // a renamed component would otherwise go last
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A rule's property bag, in the form GitHub code scanning reads.
 *
 * @param securitySeverity a CVSS-like score from "0.0" to "10.0"
 * @param precision how often the rule is right: {@code very-high}, {@code high}, {@code medium}, {@code low}
 */
@JsonPropertyOrder({"tags", "security-severity", "precision"}) // a renamed component would otherwise go last
public record RuleProperties(List<String> tags, @JsonProperty("security-severity") String securitySeverity,
    String precision) {}

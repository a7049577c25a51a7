package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keyward.core.report.CommitInfo;

/**
 * A result's property bag: Keyward's own severity name ({@code critical} … {@code low}) and, for
 * history findings, the commit that introduced the secret.
 */
public record ResultProperties(String severity, @JsonInclude(JsonInclude.Include.NON_NULL) CommitInfo commit) {}

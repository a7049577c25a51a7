package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file by URI (§3.4).
 *
 * @param uriBaseId null (absent) for an absolute URI
 */
public record ArtifactLocation(String uri, @JsonInclude(JsonInclude.Include.NON_NULL) String uriBaseId) {}

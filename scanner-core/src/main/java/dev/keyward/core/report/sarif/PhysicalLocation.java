package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file and a region in it (§3.29).
 *
 * @param region null (absent) when the location is the whole file
 */
public record PhysicalLocation(ArtifactLocation artifactLocation,
    @JsonInclude(JsonInclude.Include.NON_NULL) Region region) {}

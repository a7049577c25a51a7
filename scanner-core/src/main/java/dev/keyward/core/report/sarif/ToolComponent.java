package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The tool's driver (§3.19) and the rules it ran.
 *
 * @param semanticVersion null (absent) when the version is not a semantic version
 */
public record ToolComponent(String name, String version,
    @JsonInclude(JsonInclude.Include.NON_NULL) String semanticVersion, String informationUri,
    List<ReportingDescriptor> rules) {}

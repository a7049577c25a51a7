package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rule's metadata (§3.49).
 *
 * @param helpUri null (absent) when the rule has no reference
 */
public record ReportingDescriptor(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String name, MultiformatMessage shortDescription,
    MultiformatMessage fullDescription, @JsonInclude(JsonInclude.Include.NON_NULL) String helpUri,
    MultiformatMessage help, ReportingConfiguration defaultConfiguration, RuleProperties properties) {}

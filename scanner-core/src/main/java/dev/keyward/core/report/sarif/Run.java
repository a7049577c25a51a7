package dev.keyward.core.report.sarif;

import java.util.List;
import java.util.Map;

/** One run of one tool (§3.14). */
public record Run(Tool tool, List<Invocation> invocations, Map<String, ArtifactLocation> originalUriBaseIds,
    String columnKind, List<Result> results) {}

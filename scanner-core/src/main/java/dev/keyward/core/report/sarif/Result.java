package dev.keyward.core.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One finding (§3.27); {@code suppressions} only when it was accepted (§3.27.23). */
public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
    Map<String, String> partialFingerprints,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Suppression> suppressions, ResultProperties properties) {}

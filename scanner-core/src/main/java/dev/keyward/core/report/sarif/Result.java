package dev.keyward.core.report.sarif;

import java.util.List;
import java.util.Map;

/** One finding (§3.27). */
public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
    Map<String, String> partialFingerprints, ResultProperties properties) {}

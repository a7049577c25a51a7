package dev.keyward.core.report.sarif;

import java.util.List;

/** How the run went (§3.20): no times, so that the log is deterministic. */
public record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

package dev.keyward.core.report.sarif;

import java.util.List;

/** Something that went wrong while scanning, e.g. a file skipped as too large (§3.58). */
public record Notification(String level, Message message, List<Location> locations,
    NotificationProperties properties) {}

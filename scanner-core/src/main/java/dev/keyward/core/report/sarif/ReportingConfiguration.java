package dev.keyward.core.report.sarif;

/** A rule's default configuration (§3.50); Keyward sets only the level. */
public record ReportingConfiguration(String level) {}

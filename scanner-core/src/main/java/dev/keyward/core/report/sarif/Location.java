package dev.keyward.core.report.sarif;

/** Where a result or notification is (§3.28). */
public record Location(PhysicalLocation physicalLocation) {}

package dev.keyward.core.report.sarif;

/** The analysis tool (§3.18); Keyward has no extensions, only a driver. */
public record Tool(ToolComponent driver) {}

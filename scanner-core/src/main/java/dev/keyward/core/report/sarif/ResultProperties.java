package dev.keyward.core.report.sarif;

/** A result's property bag: Keyward's own severity name ({@code critical} … {@code low}). */
public record ResultProperties(String severity) {}

package dev.keyward.core.report.sarif;

/** A plain-text message (§3.11). */
public record Message(String text) {}

package dev.keyward.core.report.sarif;

/** A notification's property bag: why the file was skipped, as in the text and JSON reports. */
public record NotificationProperties(String reason) {}

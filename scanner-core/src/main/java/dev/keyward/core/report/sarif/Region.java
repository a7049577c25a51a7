package dev.keyward.core.report.sarif;

/** Lines and columns, 1-based, end column exclusive (§3.30), with the text there. */
public record Region(int startLine, int startColumn, int endLine, int endColumn, ArtifactContent snippet) {}

package dev.keyward.core.report.sarif;

/**
 * Text from a scanned file (§3.3). It may show a secret when redaction is off, so
 * {@link #toString()} leaves it out.
 */
public record ArtifactContent(String text) {
  @Override
  public String toString() {
    return "ArtifactContent[" + text.length() + " chars]";
  }
}

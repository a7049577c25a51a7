package dev.keyward.core.engine;

/** A way text can hide a secret from a plain scan; the decoder peels each of these. */
public enum Encoding {
  /** RFC 4648 base64 ({@code +/}), padded or not. */
  BASE64("base64-decoded"),
  /** RFC 4648 base64url ({@code -_}), padded or not. */
  BASE64URL("base64url-decoded"),
  /** Hexadecimal bytes, an even number of digits. */
  HEX("hex-decoded"),
  /** URL percent-encoding ({@code %2D}). */
  PERCENT("percent-decoded"),
  /** JSON (and Java/JavaScript) string escapes: <code>&#92;u002d</code>, <code>&#92;/</code>, <code>&#92;"</code>. */
  JSON_ESCAPE("JSON-unescaped");

  private final String label;

  Encoding(String label) {
    this.label = label;
  }

  /** How a finding was reached, for its message, e.g. {@code base64-decoded}. */
  public String label() {
    return label;
  }
}

package dev.keyward.core.finding;

/** How secrets are shown when they must not be shown. */
public final class Redaction {
  /** Secrets shorter than this show no prefix at all. */
  static final int MIN_LENGTH_FOR_PREFIX = 16;

  static final int PREFIX_CHARS = 4;

  private Redaction() {}

  /**
   * Shows at most the first four characters of a long secret (never more than a quarter of it), then
   * an ellipsis and the length: enough to tell two keys apart, far too little to use one.
   */
  public static String redact(String secret) {
    int shown = secret.length() >= MIN_LENGTH_FOR_PREFIX ? Math.min(PREFIX_CHARS, secret.length() / 4) : 0;
    return secret.substring(0, shown) + "…(" + secret.length() + " chars, redacted)";
  }
}

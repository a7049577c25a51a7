package dev.keyward.core.engine;

/**
 * Bounds on the work the engine spends looking inside encoded text (base64, hex, percent-encoding,
 * JSON escapes). Decoded text is rescanned by every rule, and may itself be decoded again, up to
 * {@code maxDepth} layers.
 *
 * @param maxDepth how many encodings deep to look (default 2: base64 of a line that holds a
 *     percent-encoded key); 0 turns decoding off
 * @param maxDecodedBytes decoded bytes rescanned per file, over all candidates and layers (default
 *     1 MiB); candidates past it are not decoded
 */
public record DecodeLimits(int maxDepth, int maxDecodedBytes) {
  public static final int DEFAULT_MAX_DEPTH = 2;
  public static final int DEFAULT_MAX_DECODED_BYTES = 1 << 20;

  public DecodeLimits {
    if (maxDepth < 0 || maxDepth > 8) {
      throw new IllegalArgumentException("maxDepth must be between 0 and 8, was " + maxDepth);
    }
    if (maxDecodedBytes < 0) {
      throw new IllegalArgumentException("maxDecodedBytes must not be negative, was " + maxDecodedBytes);
    }
  }

  public static DecodeLimits defaults() {
    return new DecodeLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_DECODED_BYTES);
  }

  /** No decoding: only the text as it is is scanned. */
  public static DecodeLimits off() {
    return new DecodeLimits(0, 0);
  }

  public DecodeLimits withMaxDepth(int depth) {
    return new DecodeLimits(depth, maxDecodedBytes);
  }
}

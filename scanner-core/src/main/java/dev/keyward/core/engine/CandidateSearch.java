package dev.keyward.core.engine;

/**
 * The first stage of the {@link Engine}: finds, for each rule, the regions of a text where that rule's
 * regex may match, so that the regex runs only there. Implementations are immutable and thread-safe.
 */
interface CandidateSearch {
  /**
   * The regions to confirm in {@code content}, and what else the search found on the way. Every region
   * is clipped to the line unless its rule is multi-line.
   */
  Candidates search(Content content);

  /**
   * What a search found in one text.
   *
   * @param windows per rule (indexed like the engine's rule list), the regions to confirm; null for a
   *     rule with no candidate
   * @param escapes the escapes the decoding stage acts on, when the search found them along the way
   *     (see {@link EncodedSpans#ESCAPE_EXPRESSIONS}); null when it did not look
   */
  record Candidates(Windows[] windows, EncodedSpans.Escapes escapes) {}
}

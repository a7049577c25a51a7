package dev.keyward.core.engine;

/**
 * The first stage of the {@link Engine}: finds, for each rule, the regions of a text where that rule's
 * regex may match, so that the regex runs only there. Implementations are immutable and thread-safe.
 */
interface CandidateSearch {
  /**
   * The regions to confirm, indexed like the engine's rule list; null for a rule with no candidate.
   * Every region is clipped to the line unless its rule is multi-line.
   */
  Windows[] windows(Content content);
}

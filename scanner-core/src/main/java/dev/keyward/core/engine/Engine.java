package dev.keyward.core.engine;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs a rule pack over text: a {@link CandidateSearch} (the native multi-pattern matcher, or keyword
 * hits in pure Java) finds which rules can match and where; only those rules run their regex, and only
 * in those windows; each candidate then passes allowlist, placeholder, entropy and validator checks.
 * Immutable and thread-safe.
 */
public final class Engine {
  private final List<Rule> rules;
  private final CandidateSearch search;
  private final boolean hasPathRules;
  private final Decoder decoder;

  public Engine(RulePack pack) {
    this(pack, DecodeLimits.defaults());
  }

  /** @param decodeLimits how deep and how much to look inside base64, hex, percent and JSON escapes */
  public Engine(RulePack pack, DecodeLimits decodeLimits) {
    this(pack, decodeLimits, false);
  }

  /**
   * @param decodeLimits how deep and how much to look inside base64, hex, percent and JSON escapes
   * @param muchText whether the input is likely large (a working tree, a history): the native matcher
   *     then starts loading at once, on a background thread, instead of after the first 16 Mi
   *     characters (the right choice for a small staged change, which is done before it would load)
   */
  public Engine(RulePack pack, DecodeLimits decodeLimits, boolean muchText) {
    this(pack, decodeLimits, EngineChoice.fromEnvironment(), muchText ? 0 : EngineChoice.NATIVE_AFTER);
  }

  Engine(RulePack pack, EngineChoice choice) {
    this(pack, DecodeLimits.defaults(), choice);
  }

  Engine(RulePack pack, DecodeLimits decodeLimits, EngineChoice choice) {
    this(pack, decodeLimits, choice, EngineChoice.NATIVE_AFTER);
  }

  private Engine(RulePack pack, DecodeLimits decodeLimits, EngineChoice choice, long nativeAfter) {
    this.decoder = new Decoder(decodeLimits);
    this.rules = pack.rules();
    this.hasPathRules = rules.stream().anyMatch(r -> !r.allowlist().paths().isEmpty());
    this.search = choice.search(rules, nativeAfter);
  }

  /**
   * Every confirmed match in {@code content}, for the file at {@code path}, in text order: in the text
   * as it is and inside encoded text, one per secret where rules overlap (see {@link Overlaps}).
   */
  public List<Match> find(Content content, String path) {
    if (rules.isEmpty()) {
      return List.of(); // every rule disabled: nothing to look for
    }
    CandidateSearch.Candidates found = search.search(content);
    List<Match> direct = confirm(content.text(), found.windows(), path);
    return Overlaps.resolve(decoder.withDecoded(content, found.escapes(), path, direct, this::findPlain));
  }

  /** The confirmed matches in {@code content} as it is (the decoding stage's rules). */
  private List<Match> findPlain(Content content, String path) {
    return confirm(content.text(), search.search(content).windows(), path);
  }

  private List<Match> confirm(String text, Windows[] windows, String path) {
    List<Match> matches = new ArrayList<>();
    for (int r = 0; r < windows.length; r++) {
      if (windows[r] != null && !rules.get(r).allowlist().allowsPath(path)) {
        confirm(rules.get(r), text, windows[r].sorted(), matches);
      }
    }
    matches.sort((a, b) -> a.secretStart() != b.secretStart()
        ? Integer.compare(a.secretStart(), b.secretStart())
        : a.rule().id().compareTo(b.rule().id()));
    return matches;
  }

  private static void confirm(Rule rule, String text, Windows windows, List<Match> out) {
    Matcher m = rule.pattern().matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < windows.size; i++) {
      m.region(windows.starts[i], windows.ends[i]);
      while (m.find()) {
        int start = m.start("secret");
        int end = m.end("secret");
        if (start >= 0 && end > start && accepts(rule, text, start, end)) {
          out.add(new Match(rule, start, end));
        }
      }
    }
  }

  private static boolean accepts(Rule rule, String text, int start, int end) {
    String secret = text.substring(start, end);
    if (rule.allowlist().allowsSecret(secret) || PlaceholderFilter.isPlaceholder(secret, text, start)) {
      return false;
    }
    if (rule.minEntropy().isPresent() && Entropy.shannon(secret) < rule.minEntropy().getAsDouble()) {
      return false;
    }
    return rule.validator().map(v -> v.isValid(secret)).orElse(true);
  }

  /** Whether any rule is limited by path, so that the same content can match differently per path. */
  public boolean hasPathRules() {
    return hasPathRules;
  }

  public int ruleCount() {
    return rules.size();
  }

  /** Whether candidates come from the native matcher now (package-private: for tests and benchmarks). */
  boolean usesNativeSearch() {
    CandidateSearch s = search instanceof AdaptiveSearch a ? a.current() : search;
    return s instanceof HyperscanSearch;
  }
}

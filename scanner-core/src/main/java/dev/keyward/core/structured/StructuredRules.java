package dev.keyward.core.structured;

import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Match;
import dev.keyward.core.rule.KeyPath;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pack's structured rules ({@link Rule#structured()}) over one file: parses it by its
 * extension if some rule reads it, and turns each value at a rule's key path that is a plaintext
 * secret ({@link ValueCheck}) into a {@link Match} at the value's place in the content, so that the
 * finding, its line and column, excerpt and fingerprint are made as for a regex match. A file that
 * does not parse yields no structured match (logged at debug level); the text rules still read it.
 * Immutable and thread-safe.
 */
public final class StructuredRules {
  /**
   * Files longer than this (in chars) are not parsed: configuration files are far smaller, and a
   * parser reads a megabyte of YAML at only a few MB/s. The text rules still read such a file.
   */
  public static final int MAX_DOCUMENT_CHARS = 2 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(StructuredRules.class);

  private final List<Rule> rules;

  private StructuredRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static StructuredRules of(RulePack pack) {
    return new StructuredRules(pack.rules().stream().filter(Rule::structured).toList());
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The structured matches in {@code content}, the file at {@code path}, in text order. */
  public List<Match> find(Content content, String path) {
    List<Rule> reading = rules.stream()
        .filter(r -> r.readsFile(path) && !r.allowlist().allowsPath(path)).toList();
    Optional<DocumentFormat> format = DocumentFormat.of(path);
    if (reading.isEmpty() || format.isEmpty()) {
      return List.of();
    }
    if (content.text().length() > MAX_DOCUMENT_CHARS) {
      LOG.debug("{}: larger than {} chars, not parsed; the text rules still apply", path, MAX_DOCUMENT_CHARS);
      return List.of();
    }
    DecodedText decoded = DecodedText.of(content);
    List<ConfigValue> values;
    try {
      values = format.get().read(decoded.text(), keyPath -> reading.stream().anyMatch(r -> selects(r, keyPath)));
    } catch (MalformedDocumentException e) {
      LOG.debug("{}: not read as {} ({}); the text rules still apply", path, format.get(), e.getMessage());
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (ConfigValue value : values) {
      for (Rule rule : reading) {
        if (selects(rule, value.path())) {
          match(rule, value, decoded).ifPresent(matches::add);
        }
      }
    }
    return matches;
  }

  /**
   * {@code textMatches} plus the structured matches of the file, in text order. Where a structured
   * and a text match overlap they are one secret, reported once: by the more severe rule, and by
   * the text rule (which names the credential's provider) when they are equally severe.
   */
  public List<Match> addTo(List<Match> textMatches, Content content, String path) {
    List<Match> structured = find(content, path);
    if (structured.isEmpty()) {
      return textMatches;
    }
    List<Match> merged = new ArrayList<>(textMatches);
    for (Match s : structured) {
      List<Match> overlapping = merged.stream().filter(m -> overlaps(m, s)).toList();
      // a catch-all always gives way (the structured rule knows what the value is); else the more severe wins
      if (overlapping.stream().allMatch(m -> m.rule().catchAll() || m.rule().severity().compareTo(s.rule().severity()) < 0)) {
        merged.removeAll(overlapping);
        merged.add(s);
      }
    }
    merged.sort(Comparator.comparingInt(Match::secretStart).thenComparing(m -> m.rule().id()));
    return merged;
  }

  private static boolean overlaps(Match a, Match b) {
    return a.secretStart() < b.secretEnd() && b.secretStart() < a.secretEnd();
  }

  private static boolean selects(Rule rule, List<String> keyPath) {
    for (KeyPath p : rule.keyPaths()) {
      if (p.matches(keyPath)) {
        return true;
      }
    }
    return false;
  }

  /** The match for {@code value} if it is a secret (narrowed to the rule's value regex, if it has one). */
  private static Optional<Match> match(Rule rule, ConfigValue value, DecodedText decoded) {
    String text = decoded.text();
    if (!ValueCheck.isSecret(rule, value.value(), text, value.start())) {
      return Optional.empty();
    }
    int start = value.start();
    int end = value.end();
    if (rule.valuePattern().isPresent()) {
      Matcher m = rule.valuePattern().get().matcher(text).region(start, end);
      if (!m.find() || m.start("secret") < 0 || m.end("secret") <= m.start("secret")) {
        return Optional.empty();
      }
      start = m.start("secret");
      end = m.end("secret");
    }
    return Optional.of(new Match(rule, decoded.raw(start), decoded.raw(end)));
  }
}

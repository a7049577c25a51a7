package dev.keyward.core.rule;

import dev.keyward.core.finding.Fingerprint;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * What is not a finding even though it matches: secrets containing a stopword (case-insensitive) or
 * matching a regex, and files whose path matches a glob (gitignore glob semantics, via JGit).
 */
public final class Allowlist {
  private static final Allowlist EMPTY = new Allowlist(List.of(), List.of(), List.of(), List.of());

  private final List<String> stopwords;
  private final List<Pattern> regexes;
  private final List<String> pathGlobs;
  private final List<FastIgnoreRule> paths;
  private final Set<Fingerprint> fingerprints;

  Allowlist(List<String> stopwords, List<Pattern> regexes, List<String> pathGlobs, List<Fingerprint> fingerprints) {
    this.fingerprints = Collections.unmodifiableSet(fingerprintSet(fingerprints));
    this.stopwords = stopwords.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    this.regexes = List.copyOf(regexes);
    this.pathGlobs = List.copyOf(pathGlobs);
    this.paths = pathGlobs.stream().map(FastIgnoreRule::new).toList();
  }

  private static Set<Fingerprint> fingerprintSet(List<Fingerprint> fingerprints) {
    Set<Fingerprint> set = new TreeSet<>(java.util.Comparator.comparing(Fingerprint::value));
    set.addAll(fingerprints);
    return set;
  }

  public static Allowlist empty() {
    return EMPTY;
  }

  /** Whether a candidate secret is allowed (not a finding). */
  public boolean allowsSecret(CharSequence secret) {
    if (!stopwords.isEmpty()) {
      String lower = secret.toString().toLowerCase(Locale.ROOT);
      for (String stopword : stopwords) {
        if (lower.contains(stopword)) {
          return true;
        }
      }
    }
    for (Pattern regex : regexes) {
      if (regex.matcher(secret).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether every finding in the file at {@code path} (relative, forward slashes) is allowed. */
  public boolean allowsPath(String path) {
    for (FastIgnoreRule rule : paths) {
      if (rule.isMatch(path, false)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return stopwords.isEmpty() && regexes.isEmpty() && paths.isEmpty() && fingerprints.isEmpty();
  }

  /**
   * Findings accepted one by one (configuration only): they are still listed, as suppressed, unlike
   * stopword, regex and path matches, which are not secrets and are only counted.
   */
  public Set<Fingerprint> fingerprints() {
    return fingerprints;
  }

  public List<String> stopwords() {
    return stopwords;
  }

  public List<String> regexes() {
    return regexes.stream().map(Pattern::pattern).toList();
  }

  public List<String> paths() {
    return pathGlobs;
  }
}

package dev.keyward.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * One entry of the credential-file list: a gitignore-style pattern ({@code .env.*}, {@code
 * .aws/credentials}, {@code .ssh/} for a directory, {@code !.env.example} to exclude), matched by
 * JGit, and optionally a regular expression the file's content must contain.
 *
 * @param pattern the gitignore-style pattern
 * @param containing a regular expression the content must match, or empty text for none
 */
public record CredentialPattern(String pattern, String containing) {
  public CredentialPattern {
    requireNonNull(pattern, "pattern");
    requireNonNull(containing, "containing");
    if (pattern.isBlank() || pattern.equals("!")) {
      throw new IllegalArgumentException("a credential-file pattern must not be empty");
    }
    try {
      new FastIgnoreRule(pattern);
      Pattern.compile(containing);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid credential-file entry '" + pattern + "': " + e.getMessage(), e);
    }
  }

  public static CredentialPattern of(String pattern) {
    return new CredentialPattern(pattern, "");
  }

  /** Whether this entry excludes what it matches ({@code !pattern}). */
  public boolean negated() {
    return pattern.startsWith("!");
  }

  /** The content condition, if any. */
  public Optional<Pattern> contentPattern() {
    return containing.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(containing));
  }
}

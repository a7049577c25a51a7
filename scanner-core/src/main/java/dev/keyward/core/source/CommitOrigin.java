package dev.keyward.core.source;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * A file in git history: the commit that introduced the blob at this path, first in topological
 * order from the roots.
 *
 * @param path the path at that commit
 * @param commit the full commit id
 * @param author the author's name
 * @param email the author's e-mail
 * @param date when the commit was authored, in the author's time zone
 * @param subject the first line of the commit message
 */
public record CommitOrigin(String path, String commit, String author, String email, OffsetDateTime date,
    String subject) implements Origin {
  private static final java.util.regex.Pattern COMMIT_ID = java.util.regex.Pattern.compile("[0-9a-f]{40}");

  public CommitOrigin {
    FileOrigin.checkPath(path);
    requireNonNull(commit, "commit");
    if (!COMMIT_ID.matcher(commit).matches()) {
      throw new IllegalArgumentException("commit must be a full lower-case hex id: " + commit);
    }
    requireNonNull(author, "author");
    requireNonNull(email, "email");
    requireNonNull(date, "date");
    requireNonNull(subject, "subject");
  }

  /** The abbreviated commit id a person reads, as git shows it. */
  public String shortCommit() {
    return commit.substring(0, 10);
  }

  @Override
  public String displayPath() {
    return path + "@" + shortCommit();
  }
}

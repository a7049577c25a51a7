package dev.keyward.core.report;

import dev.keyward.core.source.CommitOrigin;
import dev.keyward.core.source.Origin;

/** The commit a history finding came from, as JSON and SARIF show it. */
public record CommitInfo(String sha, String author, String email, String date, String subject) {
  /** The commit of {@code origin}, or null (left out of the JSON) when it is not from history. */
  static CommitInfo of(Origin origin) {
    if (origin instanceof CommitOrigin c) {
      return new CommitInfo(c.commit(), c.author(), c.email(), c.date().toString(), c.subject());
    }
    return null;
  }

  /** One line for people: {@code commit 1a2b3c4d5e by Ada <ada@…> on 2024-03-01T10:00+01:00: Add config}. */
  static String describe(Origin origin) {
    if (origin instanceof CommitOrigin c) {
      return "commit " + c.shortCommit() + " by " + c.author() + " <" + c.email() + "> on " + c.date() + ": "
          + c.subject();
    }
    return "";
  }
}

package dev.keyward.core.source.git;

import dev.keyward.core.source.CommitOrigin;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** The first commit (in topological order from the roots) that put a blob at a path. */
record Introduction(String path, RevCommit commit) {
  CommitOrigin origin() {
    PersonIdent author = commit.getAuthorIdent();
    ZoneOffset zone = author.getZoneId().getRules().getOffset(author.getWhenAsInstant());
    return new CommitOrigin(path, commit.name(), author.getName(), author.getEmailAddress(),
        OffsetDateTime.ofInstant(author.getWhenAsInstant(), zone), commit.getShortMessage());
  }
}

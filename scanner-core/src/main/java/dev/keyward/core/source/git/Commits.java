package dev.keyward.core.source.git;

import dev.keyward.core.source.CommitOrigin;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.RawParseUtils;
import org.eclipse.jgit.util.StringUtils;

/**
 * The walked commits in topological order from the roots, numbered from 0, so an introduction needs
 * only an int. Author, date and subject are read from the commit only for the commits a report
 * names, and kept. Thread-safe.
 */
final class Commits {
  private final RevCommit[] commits;
  private final Info[] infos;

  /** What a report shows of a commit besides its id. */
  private record Info(String author, String email, OffsetDateTime date, String subject) {}

  Commits(List<RevCommit> oldestFirst) {
    this.commits = oldestFirst.toArray(new RevCommit[0]);
    this.infos = new Info[commits.length];
  }

  int size() {
    return commits.length;
  }

  RevCommit get(int i) {
    return commits[i];
  }

  /** The abbreviated id a person reads, as in {@link CommitOrigin#shortCommit()}. */
  String shortId(int i) {
    return commits[i].name().substring(0, 10);
  }

  /** Where a blob came from: {@code path} in commit {@code i}. */
  CommitOrigin origin(int i, String path, RawObjects objects) throws IOException {
    Info info = info(i, objects);
    return new CommitOrigin(path, commits[i].name(), info.author(), info.email(), info.date(), info.subject());
  }

  String subject(int i, RawObjects objects) throws IOException {
    return info(i, objects).subject();
  }

  private Info info(int i, RawObjects objects) throws IOException {
    Info info = infos[i];
    if (info == null) {
      // a race reads the same commit twice; Info is immutable, so publishing it this way is safe
      info = parse(objects.read(commits[i], Constants.OBJ_COMMIT));
      infos[i] = info;
    }
    return info;
  }

  /** The author and the subject (first paragraph, line breaks as spaces) of a raw commit. */
  private static Info parse(byte[] raw) {
    int at = RawParseUtils.author(raw, 0);
    PersonIdent author = at < 0 ? null : RawParseUtils.parsePersonIdent(raw, at);
    if (author == null) {
      author = new PersonIdent("", "", Instant.EPOCH, ZoneOffset.UTC);
    }
    ZoneOffset zone = author.getZoneId().getRules().getOffset(author.getWhenAsInstant());
    return new Info(author.getName(), author.getEmailAddress(),
        OffsetDateTime.ofInstant(author.getWhenAsInstant(), zone), subject(raw));
  }

  private static String subject(byte[] raw) {
    int start = RawParseUtils.commitMessage(raw, 0);
    if (start < 0) {
      return "";
    }
    Charset charset = RawParseUtils.guessEncoding(raw);
    int end = RawParseUtils.endOfParagraph(raw, start);
    String subject = RawParseUtils.decode(charset, raw, start, end);
    return subject.indexOf('\n') >= 0 ? StringUtils.replaceLineBreaksWithSpace(subject) : subject;
  }
}

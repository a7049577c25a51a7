package dev.keyward.core.engine;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.finding.Excerpt;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.finding.Span;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.source.Origin;
import java.util.ArrayList;
import java.util.List;

/** Turns matches in one piece of content into {@link Finding}s with span, excerpt and fingerprint. */
public final class FindingFactory {
  private static final String ELLIPSIS = "…";

  private final ScanLimits limits;

  public FindingFactory(ScanLimits limits) {
    this.limits = limits;
  }

  public List<Finding> findings(Origin origin, Content content, List<Match> matches) {
    if (matches.isEmpty()) {
      return List.of();
    }
    Positions positions = new Positions(content);
    List<Finding> findings = new ArrayList<>(matches.size());
    for (Match m : matches) {
      findings.add(finding(origin, content, positions, m));
    }
    return findings;
  }

  private Finding finding(Origin origin, Content content, Positions pos, Match m) {
    Rule rule = m.rule();
    Secret secret = m.decoding().secret()
        .orElseGet(() -> new Secret(content.decode(m.secretStart(), m.secretEnd())));
    Span span = new Span(pos.line(m.secretStart()), pos.column(m.secretStart()),
        pos.line(m.secretEnd()), pos.column(m.secretEnd()));
    String message = rule.title() + " found" + m.decoding().note();
    return new Finding(rule.id(), rule.severity(), message, origin, span, secret,
        excerpt(content, pos, m), Fingerprint.of(rule.id(), secret, origin.path()));
  }

  /** The secret's first line, cut to the excerpt limit around the secret. */
  private Excerpt excerpt(Content content, Positions pos, Match m) {
    int lineStart = pos.lineStart(m.secretStart());
    int lineEnd = pos.lineEnd(m.secretStart());
    String before = content.decode(lineStart, m.secretStart());
    String secret = content.decode(m.secretStart(), Math.min(m.secretEnd(), lineEnd));
    String after = content.decode(Math.min(m.secretEnd(), lineEnd), lineEnd);
    int room = Math.max(0, limits.maxExcerptChars() - secret.length());
    int keepBefore = Math.min(before.length(), room / 2);
    int keepAfter = Math.min(after.length(), room - keepBefore);
    keepBefore = Math.min(before.length(), room - keepAfter);
    String head = (keepBefore < before.length() ? ELLIPSIS : "")
        + before.substring(before.length() - keepBefore);
    String tail = after.substring(0, keepAfter) + (keepAfter < after.length() ? ELLIPSIS : "");
    return new Excerpt(head + secret + tail, head.length(), head.length() + secret.length());
  }
}

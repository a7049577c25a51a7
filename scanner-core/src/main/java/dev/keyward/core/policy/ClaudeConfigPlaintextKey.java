package dev.keyward.core.policy;

import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import java.util.List;
import java.util.Optional;

/**
 * A Claude Code configuration ({@code .claude.json}, or JSON under a {@code .claude/} directory such
 * as {@code settings.json}) holding {@code primaryApiKey} or other {@code sk-ant-} material in plain
 * text. Critical when the file is also tracked by git or readable by group or others.
 */
final class ClaudeConfigPlaintextKey extends BasePolicy {
  static final String ID = "claude-config-plaintext-key";

  ClaudeConfigPlaintextKey() {
    super(ID, Severity.HIGH,
        "Claude Code config (.claude.json, .claude/*.json) holding primaryApiKey or another sk-ant- key "
        + "(critical if tracked or group/other-readable)");
  }

  static boolean isClaudeConfig(String path) {
    return path.equals(".claude.json") || path.endsWith("/.claude.json")
        || ((path.startsWith(".claude/") || path.contains("/.claude/")) && path.endsWith(".json"));
  }

  @Override
  public void check(PolicyFile file, PolicyOutput out) {
    if (file.directory() || !isClaudeConfig(file.path())) {
      return;
    }
    Optional<byte[]> content = file.content();
    if (content.isEmpty()) {
      return;
    }
    List<ClaudeConfigKeys.Hit> hits = ClaudeConfigKeys.find(content.get());
    if (hits.isEmpty()) {
      return;
    }
    boolean critical = file.tracked() || file.readableByOthers();
    String message = message(file.path(), hits, file.tracked(), file.readableByOthers());
    int line = hits.get(0).line();
    out.finding(Finding.policy(ID, critical ? Severity.CRITICAL : severity(), message, file.origin(),
        new Span(line, 1, line, 1)));
  }

  /** The finding's message, shared with {@code keyward doctor}. */
  static String message(String path, List<ClaudeConfigKeys.Hit> hits, boolean tracked, boolean readable) {
    StringBuilder sb = new StringBuilder(path).append(" holds an Anthropic key in plain text (")
        .append(ClaudeConfigKeys.describe(hits)).append("): remove it and provide the key through the "
            + "ANTHROPIC_API_KEY environment variable, filled from a secrets manager");
    if (tracked) {
      sb.append("; the file is tracked by git: `git rm --cached ").append(path).append("` and rotate the key");
    }
    if (readable) {
      sb.append("; the file is readable by group or others: `chmod 600 ").append(path).append('`');
    }
    return sb.toString();
  }
}

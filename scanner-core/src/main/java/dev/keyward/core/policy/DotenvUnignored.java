package dev.keyward.core.policy;

import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;

/**
 * An env file ({@code .env}, {@code .env.local}, {@code prod.env}, not {@code .env.example}) that git
 * does not ignore, so the next {@code git add .} commits it, or that is tracked already, which no
 * ignore line undoes.
 */
final class DotenvUnignored extends BasePolicy {
  static final String ID = "dotenv-unignored";

  DotenvUnignored() {
    super(ID, Severity.HIGH, "Env file (.env, .env.local, *.env) not ignored by git, or already tracked");
  }

  @Override
  public void check(PolicyFile file, PolicyOutput out) {
    if (file.directory() || !EnvFiles.isEnvFile(file.name())) {
      return;
    }
    String line = EnvFiles.ignoreLine(file.name());
    String message;
    if (file.tracked()) {
      message = file.path() + " is tracked by git, so ignoring it is not enough: run `git rm --cached "
          + file.path() + "`, add the line `" + line + "` to .gitignore, and rotate the keys it holds "
          + "(history keeps them)";
    } else if (!file.ignored()) {
      message = file.path() + " is not ignored by git: add the line `" + line + "` to .gitignore"
          + (line.equals(".env") ? "" : " (and `!.env.example` after it if you commit an example)");
    } else {
      return;
    }
    out.finding(Finding.policy(ID, severity(), message, file.origin(), new Span(1, 1, 1, 1)));
  }
}

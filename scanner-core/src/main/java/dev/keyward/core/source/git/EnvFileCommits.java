package dev.keyward.core.source.git;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import dev.keyward.core.policy.DotenvCommitted;
import dev.keyward.core.policy.EnvFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Policy {@code dotenv-committed}: an env file ({@code .env}, {@code .env.local}, {@code prod.env},
 * … but not {@code .env.example}, {@code .env.sample} or {@code .env.template}) that any commit put
 * into history. Deleting it later does not remove it from the history a clone carries.
 */
final class EnvFileCommits {
  private final Map<String, Introduction> first = new LinkedHashMap<>();

  void saw(String path, RevCommit commit) {
    if (EnvFiles.isEnvFile(path.substring(path.lastIndexOf('/') + 1))) {
      first.putIfAbsent(path, new Introduction(path, commit));
    }
  }

  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (Introduction intro : first.values()) {
      String message = "env file " + intro.path() + " was committed in " + intro.commit().abbreviate(10).name()
          + " (\"" + intro.commit().getShortMessage() + "\"); deleting it later does not remove it from history. "
          + "Rotate every secret it held, add it to .gitignore, and purge it from history if the repository is shared.";
      findings.add(Finding.policy(DotenvCommitted.ID, new DotenvCommitted().severity(), message, intro.origin(),
          new Span(1, 1, 1, 1)));
    }
    return findings;
  }
}

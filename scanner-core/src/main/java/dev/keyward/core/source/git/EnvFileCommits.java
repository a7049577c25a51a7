package dev.keyward.core.source.git;

import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import dev.keyward.core.policy.DotenvCommitted;
import dev.keyward.core.policy.EnvFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy {@code dotenv-committed}: an env file ({@code .env}, {@code .env.local}, {@code prod.env},
 * … but not {@code .env.example}, {@code .env.sample} or {@code .env.template}) that any commit put
 * into history. Deleting it later does not remove it from the history a clone carries. Filled in
 * commit order by one thread.
 */
final class EnvFileCommits {
  private final Map<String, Introduction> first = new LinkedHashMap<>();

  void saw(String path, int commit) {
    if (!first.containsKey(path) && EnvFiles.isEnvFile(path.substring(path.lastIndexOf('/') + 1))) {
      first.put(path, new Introduction(path, commit));
    }
  }

  List<Finding> findings(Commits commits, RawObjects objects) throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (Introduction intro : first.values()) {
      String message = "env file " + intro.path() + " was committed in " + commits.shortId(intro.commit())
          + " (\"" + commits.subject(intro.commit(), objects) + "\"); deleting it later does not remove it from "
          + "history. Rotate every secret it held, add it to .gitignore, and purge it from history if the "
          + "repository is shared.";
      findings.add(Finding.policy(DotenvCommitted.ID, new DotenvCommitted().severity(), message,
          commits.origin(intro.commit(), intro.path(), objects), new Span(1, 1, 1, 1)));
    }
    return findings;
  }
}

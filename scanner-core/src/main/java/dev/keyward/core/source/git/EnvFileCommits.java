package dev.keyward.core.source.git;

import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Policy {@code dotenv-committed}: an env file ({@code .env}, {@code .env.local}, {@code prod.env},
 * … but not {@code .env.example}, {@code .env.sample} or {@code .env.template}) that any commit put
 * into history. Deleting it later does not remove it from the history a clone carries.
 */
final class EnvFileCommits {
  static final String POLICY_ID = "dotenv-committed";

  private final Map<String, Introduction> first = new LinkedHashMap<>();

  void saw(String path, RevCommit commit) {
    if (isEnvFile(path)) {
      first.putIfAbsent(path, new Introduction(path, commit));
    }
  }

  /** Whether the file name is an env file of the kind that holds real values. */
  static boolean isEnvFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    boolean env = name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
    boolean template = name.endsWith(".example") || name.endsWith(".sample") || name.endsWith(".template")
        || name.endsWith(".dist") || name.endsWith(".defaults");
    return env && !template;
  }

  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (Introduction intro : first.values()) {
      String message = "env file " + intro.path() + " was committed in " + intro.commit().abbreviate(10).name()
          + " (\"" + intro.commit().getShortMessage() + "\"); deleting it later does not remove it from history. "
          + "Rotate every secret it held, add it to .gitignore, and purge it from history if the repository is shared.";
      findings.add(Finding.policy(POLICY_ID, Severity.HIGH, message, intro.origin(), new Span(1, 1, 1, 1)));
    }
    return findings;
  }
}

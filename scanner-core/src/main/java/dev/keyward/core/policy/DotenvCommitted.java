package dev.keyward.core.policy;

import dev.keyward.core.Severity;

/**
 * {@code dotenv-committed}: an env file that any commit put into git history, even if a later commit
 * deleted it. History scans report it (see {@code HistorySource}); a working tree has no history, so
 * {@link #check} finds nothing there. It is registered here so that {@code keyward rules} lists it and
 * {@code disable:} accepts its id.
 */
public final class DotenvCommitted extends BasePolicy {
  public static final String ID = "dotenv-committed";

  public DotenvCommitted() {
    super(ID, Severity.HIGH,
        "Env file in git history: a commit added it, even if a later one deleted it (history scans)");
  }

  @Override
  public void check(PolicyFile file, PolicyOutput out) {
    // history only: a working-tree file has no commits to look at
  }
}

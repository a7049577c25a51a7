package dev.keyward.core.policy;

import dev.keyward.core.finding.Finding;

/** Where a policy puts what it finds. Implementations are thread-safe. */
public interface PolicyOutput {
  void finding(Finding finding);

  /** The policy applies to {@code path} but could not check it, e.g. no POSIX permissions on Windows. */
  void notChecked(String path, String detail);
}

package dev.keyward.core.policy;

import dev.keyward.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link PolicyOutput} that keeps what a policy reports, for unit tests of one policy. */
final class Collected implements PolicyOutput {
  final List<Finding> findings = new ArrayList<>();
  final List<String> notChecked = new ArrayList<>();

  @Override
  public void finding(Finding finding) {
    findings.add(finding);
  }

  @Override
  public void notChecked(String path, String detail) {
    notChecked.add(path + ": " + detail);
  }

  /** Runs {@code policy} on the file at {@code root/path} (its permissions as they are, not ignored). */
  static Collected check(Policy policy, Path root, String path, boolean tracked) throws IOException {
    Path file = root.resolve(path);
    Collected out = new Collected();
    policy.check(new PolicyFile(path, file, Files.isDirectory(file), false, tracked), out);
    return out;
  }

  /** {@code line [severity] message} for each finding. */
  List<String> lines() {
    return findings.stream().map(f -> f.span().line() + " [" + f.severity().id() + "] " + f.message()).toList();
  }
}

package dev.keyward.core.policy;

import dev.keyward.core.ScanWarning;
import dev.keyward.core.SkipReason;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.source.fs.TreeListener;
import dev.keyward.core.source.fs.WorkingTreeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * Runs the policies over a working-tree walk: hooked into the walk as its {@link TreeListener}, it
 * turns each entry into a {@link PolicyFile} (permissions, ignored, tracked) and hands it to every
 * policy. The walk does not enter ignored directories; credential directories ({@code .ssh},
 * {@code .aws}, {@code .claude}, …) are small, so their contents are listed here even when ignored.
 */
public final class PolicyScan implements TreeListener, PolicyOutput {
  private static final Set<String> CREDENTIAL_DIRS = Set.of(".ssh", ".aws", ".claude", ".docker", ".kube", ".gnupg");
  private static final int MAX_DEPTH = 4;

  private final List<Policy> policies;
  private final Allowlist allowlist;
  private final GitIndex index;
  private final String repoPrefix;
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ScanWarning> warnings = new ConcurrentLinkedQueue<>();

  private PolicyScan(List<Policy> policies, Allowlist allowlist, GitIndex index, String repoPrefix) {
    this.policies = List.copyOf(policies);
    this.allowlist = allowlist;
    this.index = index;
    this.repoPrefix = repoPrefix;
  }

  /** Policies for a walk of {@code root} (a directory); reads the index of the repository around it. */
  public static PolicyScan of(Path root, List<Policy> policies, Allowlist allowlist) throws IOException {
    if (policies.isEmpty() || !Files.isDirectory(root)) {
      return new PolicyScan(List.of(), allowlist, GitIndex.empty(), "");
    }
    Path realRoot = root.toRealPath();
    Path repoRoot = WorkingTreeSource.repositoryRoot(realRoot);
    String rel = repoRoot.relativize(realRoot).toString().replace(realRoot.getFileSystem().getSeparator(), "/");
    return new PolicyScan(policies, allowlist, GitIndex.read(repoRoot), rel.isEmpty() ? "" : rel + "/");
  }

  @Override
  public void entry(String path, Path file, BasicFileAttributes attributes, boolean ignored) {
    if (policies.isEmpty()) {
      return;
    }
    check(PolicyFile.of(path, file, attributes, ignored, index.tracks(repoPrefix + path)));
    if (ignored && attributes.isDirectory() && CREDENTIAL_DIRS.contains(file.getFileName().toString())) {
      ignoredDirectory(path, file);
    }
  }

  /** The contents of an ignored credential directory, which the walk does not enter. */
  private void ignoredDirectory(String path, Path dir) {
    try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
      files.filter(f -> !f.equals(dir)).sorted().forEach(f -> {
        try {
          BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (attrs.isRegularFile() || attrs.isDirectory()) {
            String rel = path + "/" + dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            check(PolicyFile.of(rel, f, attrs, true, index.tracks(repoPrefix + rel)));
          }
        } catch (IOException e) {
          notChecked(path, "cannot read " + f.getFileName() + ": " + e.getClass().getSimpleName());
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      notChecked(path, "cannot list the ignored directory for policy checks");
    }
  }

  private void check(PolicyFile file) {
    for (Policy policy : policies) {
      policy.check(file, this);
    }
  }

  @Override
  public void finding(Finding finding) {
    if (!allowlist.allowsPath(finding.origin().path())) {
      findings.add(finding);
    }
  }

  @Override
  public void notChecked(String path, String detail) {
    warnings.add(new ScanWarning(path, SkipReason.NOT_CHECKED, detail));
  }

  public List<Finding> findings() {
    return new ArrayList<>(findings);
  }

  /** Things a policy could not check (e.g. permissions on a file system without them). */
  public List<ScanWarning> warnings() {
    return new ArrayList<>(warnings);
  }
}

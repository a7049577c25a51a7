package dev.keyward.core.source.archive;

import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A working tree without its build output directories, then the archives the build made: what a
 * build gate scans. The tree's files under an excluded directory are dropped (they are what the
 * archives hold, and would be reported twice).
 */
public final class ArtifactScan implements Source {
  private final Source tree;
  private final List<String> excluded;
  private final ArchiveSource archives;

  private ArtifactScan(Source tree, List<String> excluded, ArchiveSource archives) {
    this.tree = tree;
    this.excluded = List.copyOf(excluded);
    this.archives = archives;
  }

  /**
   * @param excluded directories relative to {@code root}, each ending in {@code /}
   * @return {@code tree} itself when there is nothing to exclude or add
   */
  public static Source of(Source tree, Path root, List<String> excluded, List<Path> artifacts) {
    if (excluded.isEmpty() && artifacts.isEmpty()) {
      return tree;
    }
    return new ArtifactScan(tree, excluded, new ArchiveSource(root, artifacts, ArchiveLimits.defaults()));
  }

  @Override
  public void scan(FragmentSink sink) throws IOException {
    tree.scan(new FragmentSink() {
      @Override
      public void accept(Fragment fragment) {
        if (!isExcluded(fragment.origin().path())) {
          sink.accept(fragment);
        }
      }

      @Override
      public void skipped(String path, SkipReason reason, String detail) {
        if (!isExcluded(path)) {
          sink.skipped(path, reason, detail);
        }
      }

      @Override
      public void expect(long items) {
        sink.expect(items); // excluded items never count as done: only the Maven build excludes, and it shows no progress
      }
    });
    archives.scan(sink);
  }

  private boolean isExcluded(String path) {
    return excluded.stream().anyMatch(path::startsWith);
  }
}

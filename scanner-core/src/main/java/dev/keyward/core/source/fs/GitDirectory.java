package dev.keyward.core.source.fs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a work tree's git data lies: {@code .git} itself, or for a linked worktree or submodule the
 * directory a {@code .git} file points to ({@code gitdir: …}), and the common directory that holds
 * {@code config} and {@code info/exclude} ({@code commondir}).
 *
 * @param gitDir holds {@code index}
 * @param commonDir holds {@code config} and {@code info/exclude}
 */
public record GitDirectory(Path gitDir, Path commonDir) {
  /** The git directory of the work tree at {@code workTree}, if it has one. */
  public static Optional<GitDirectory> of(Path workTree) {
    Path dotGit = workTree.resolve(".git");
    try {
      if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(new GitDirectory(dotGit, dotGit));
      }
      if (!Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      String text = Files.readString(dotGit, UTF_8).strip();
      if (!text.startsWith("gitdir:")) {
        return Optional.empty();
      }
      Path gitDir = workTree.resolve(text.substring("gitdir:".length()).strip()).normalize();
      Path common = gitDir;
      Path commonFile = gitDir.resolve("commondir");
      if (Files.isRegularFile(commonFile)) {
        common = gitDir.resolve(Files.readString(commonFile, UTF_8).strip()).normalize();
      }
      return Files.isDirectory(gitDir) ? Optional.of(new GitDirectory(gitDir, common)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public Path index() {
    return gitDir.resolve("index");
  }

  public Path config() {
    return commonDir.resolve("config");
  }

  public Path infoExclude() {
    return commonDir.resolve("info").resolve("exclude");
  }
}

package dev.keyward.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Real git repositories for tests, built with JGit in a temporary directory. Every commit has a
 * fixed author, committer and time (one hour apart) and is unsigned, so neither the developer's git
 * config nor the clock changes what tests see.
 */
public final class TestRepos implements AutoCloseable {
  public static final String AUTHOR = "Ada Lovelace";
  public static final String EMAIL = "ada@example.invalid";
  public static final Instant EPOCH = Instant.parse("2024-03-01T09:00:00Z");
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final Git git;
  private final Path dir;
  private int commits;

  private TestRepos(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  /** A new repository with branch {@code main} in {@code dir}. */
  public static TestRepos init(Path dir) {
    try {
      return new TestRepos(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Git git() {
    return git;
  }

  public Path dir() {
    return dir;
  }

  /** Writes a file in the work tree (creating directories). */
  public TestRepos write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestRepos delete(String path) {
    try {
      Files.delete(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages every change in the work tree, deletions included. */
  public TestRepos stageAll() {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stages everything and commits it with the next fixed identity and time. */
  public RevCommit commit(String message) {
    stageAll();
    PersonIdent who = new PersonIdent(AUTHOR, EMAIL, EPOCH.plusSeconds(3600L * commits++), ZONE);
    try {
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false)
          .setAllowEmpty(true).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public void checkout(String branch, boolean create) {
    try {
      git.checkout().setName(branch).setCreateBranch(create).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Packs every object into one pack file (with deltas between similar blobs and trees) and deletes
   * the loose copies, as {@code git gc} does, so tests also cover reading packs.
   */
  public TestRepos gc() {
    try {
      git.gc().setAggressive(true).setExpire(new java.util.Date(System.currentTimeMillis() + 60_000)).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}

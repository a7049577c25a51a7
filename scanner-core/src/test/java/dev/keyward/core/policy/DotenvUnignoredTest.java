package dev.keyward.core.policy;

import static dev.keyward.core.policy.GitFixture.findings;
import static dev.keyward.core.policy.GitFixture.scan;
import static dev.keyward.core.policy.GitFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.UserEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dotenv-unignored} over real git repositories: git's ignore semantics, the index. */
class DotenvUnignoredTest {
  @TempDir Path tmp;
  private Path repo;
  private Git git;
  private UserEnvironment user;

  @BeforeEach
  void setUp() throws Exception {
    repo = tmp.resolve("repo");
    git = GitFixture.init(repo);
    user = GitFixture.user(tmp.resolve("home"));
  }

  private List<String> dotenv() throws Exception {
    return findings(scan(repo, user), DotenvUnignored.ID);
  }

  @Test
  void scan_envNotIgnored_saysWhichLineToAdd() throws Exception {
    write(repo, ".env", "A=1\n");
    write(repo, "svc/.env.production", "A=1\n");
    write(repo, "svc/prod.env", "A=1\n");
    assertEquals(List.of(
        ".env:1 [high] .env is not ignored by git: add the line `.env` to .gitignore",
        "svc/.env.production:1 [high] svc/.env.production is not ignored by git: add the line `.env.*` to "
            + ".gitignore (and `!.env.example` after it if you commit an example)",
        "svc/prod.env:1 [high] svc/prod.env is not ignored by git: add the line `*.env` to .gitignore "
            + "(and `!.env.example` after it if you commit an example)"), dotenv());
  }

  @Test
  void scan_examplesAndLookalikes_notReported() throws Exception {
    for (String name : List.of(".env.example", ".env.sample", ".env.template", "prod.env.example", ".envrc",
        "environment.txt", "env")) {
      write(repo, name, "A=\n");
    }
    assertTrue(dotenv().isEmpty());
  }

  @Test
  void scan_nestedIgnoreAndNegation_followGit() throws Exception {
    write(repo, ".gitignore", ".env*\n");
    write(repo, "svc/.gitignore", "!.env.local\n");
    write(repo, ".env", "A=1\n");
    write(repo, "svc/.env", "A=1\n");
    write(repo, "svc/.env.local", "A=1\n");
    assertEquals(List.of("svc/.env.local"), GitFixture.paths(dotenv()));
  }

  @Test
  void scan_ignoredDirectory_envInsideIsIgnored() throws Exception {
    write(repo, ".gitignore", "build/\n");
    write(repo, "build/.env", "A=1\n");
    assertTrue(dotenv().isEmpty());
  }

  @Test
  void scan_infoExclude_ignores() throws Exception {
    write(repo, ".git/info/exclude", "*.env\n");
    write(repo, "prod.env", "A=1\n");
    assertTrue(dotenv().isEmpty());
  }

  @Test
  void scan_repositoryExcludesFile_ignores() throws Exception {
    write(tmp, "repo-excludes", ".env\n");
    git.getRepository().getConfig().setString("core", null, "excludesFile", tmp.resolve("repo-excludes").toString());
    git.getRepository().getConfig().save();
    write(repo, ".env", "A=1\n");
    assertTrue(dotenv().isEmpty());
  }

  @Test
  void scan_globalExcludesFileInHome_ignores() throws Exception {
    write(user.home(), ".gitconfig", "[core]\n\texcludesFile = ~/.global-ignore\n");
    write(user.home(), ".global-ignore", ".env\n");
    write(repo, ".env", "A=1\n");
    assertTrue(dotenv().isEmpty());
    assertEquals(1, findings(scan(repo, GitFixture.user(tmp.resolve("other-home"))), DotenvUnignored.ID).size());
  }

  @Test
  void scan_xdgDefaultExcludesFile_ignores() throws Exception {
    write(user.home(), ".config/git/ignore", ".env\n");
    write(repo, ".env", "A=1\n");
    assertTrue(dotenv().isEmpty());
    Path xdg = tmp.resolve("xdg");
    write(xdg, "git/ignore", "# nothing\n");
    UserEnvironment elsewhere = new UserEnvironment(user.home(), Map.of("XDG_CONFIG_HOME", xdg.toString()));
    assertEquals(1, findings(scan(repo, elsewhere), DotenvUnignored.ID).size());
  }

  @Test
  void scan_trackedButIgnored_saysGitRmCached() throws Exception {
    write(repo, ".env", "A=1\n");
    GitFixture.stage(git, ".env");
    GitFixture.commit(git, "add env");
    write(repo, ".gitignore", ".env\n");
    ScanResult result = scan(repo, user);
    assertEquals(List.of(".env:1 [high] .env is tracked by git, so ignoring it is not enough: run "
        + "`git rm --cached .env`, add the line `.env` to .gitignore, and rotate the keys it holds (history keeps "
        + "them)"), findings(result, DotenvUnignored.ID));
    assertTrue(result.failsAt(Severity.HIGH));
  }

  @Test
  void scan_subdirectoryOfRepository_usesRepositoryIndexPaths() throws Exception {
    write(repo, "svc/.env.local", "A=1\n");
    write(repo, ".gitignore", ".env*\n");
    GitFixture.stage(git, "svc/.env.local");
    assertEquals(List.of(".env.local"), GitFixture.paths(findings(scan(repo.resolve("svc"), user), DotenvUnignored.ID)));
  }

  @Test
  void scan_disabled_noFinding() throws Exception {
    write(repo, ".env", "A=1\n");
    write(repo, ".keyward.yaml", "disable: [dotenv-unignored]\n");
    assertTrue(dotenv().isEmpty());
  }
}

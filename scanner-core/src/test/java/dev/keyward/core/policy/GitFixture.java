package dev.keyward.core.policy;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;

/** Real git repositories in a temporary directory, independent of the developer's git config and clock. */
final class GitFixture {
  static final PersonIdent IDENT =
      new PersonIdent("Keyward Test", "test@keyward.invalid", Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private GitFixture() {}

  static Git init(Path dir) throws GitAPIException, IOException {
    Files.createDirectories(dir);
    return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  /** Stages {@code path} with its current content straight into the index (no ignore rules apply). */
  static void stage(Git git, String path) throws IOException {
    byte[] bytes = Files.readAllBytes(git.getRepository().getWorkTree().toPath().resolve(path));
    try (ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      ObjectId blob = inserter.insert(Constants.OBJ_BLOB, bytes);
      inserter.flush();
      DirCache index = git.getRepository().lockDirCache();
      DirCacheEditor editor = index.editor();
      editor.add(new DirCacheEditor.PathEdit(path) {
        @Override
        public void apply(DirCacheEntry entry) {
          entry.setFileMode(FileMode.REGULAR_FILE);
          entry.setObjectId(blob);
          entry.setLength(bytes.length);
        }
      });
      editor.commit();
    }
  }

  static void commit(Git git, String message) throws GitAPIException {
    git.commit().setAuthor(IDENT).setCommitter(IDENT).setSign(false).setMessage(message).call();
  }

  static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }

  /** A user with an empty home directory of their own and no environment. */
  static UserEnvironment user(Path home) throws IOException {
    return new UserEnvironment(Files.createDirectories(home), Map.of());
  }

  static ScanResult scan(Path root, UserEnvironment user) throws Exception {
    return Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).threads(2).user(user).build());
  }

  /** {@code path: message} of each finding of {@code policyId}. */
  static List<String> findings(ScanResult result, String policyId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(policyId))
        .map(GitFixture::describe).toList();
  }

  /** The path of each finding line made by {@link #findings}. */
  static List<String> paths(List<String> findings) {
    return findings.stream().map(f -> f.substring(0, f.indexOf(':'))).toList();
  }

  static String describe(Finding f) {
    return f.origin().path() + ":" + f.span().line() + " [" + f.severity().id() + "] " + f.message();
  }
}

package dev.keyward.core.doctor;

import dev.keyward.core.UserEnvironment;
import dev.keyward.core.source.fs.GitExcludesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/** Whether the user's global git excludes file ignores {@code .env}, so no repository commits one. */
final class GitExcludesCheck {
  private GitExcludesCheck() {}

  static void check(UserEnvironment user, Doctor.HomeFiles home, List<DoctorItem> items) {
    Path file = GitExcludesFile.global(user);
    String subject = "global git excludes (" + home.display(file) + ")";
    if (ignoresEnv(file)) {
      items.add(DoctorItem.ok(subject, "ignores .env"));
      return;
    }
    String how = GitExcludesFile.globalConfigured(user) ? "" : " (git reads this file by default; or set "
        + "core.excludesFile)";
    items.add(DoctorItem.fix(subject, Files.isRegularFile(file) ? "does not ignore .env" : "not present",
        "add the lines .env and .env.* (then !.env.example) to " + home.display(file) + how));
  }

  private static boolean ignoresEnv(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    } catch (IOException e) {
      return false;
    }
    return Boolean.TRUE.equals(node.checkIgnored(".env", false));
  }
}

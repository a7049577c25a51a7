package dev.keyward.core.doctor;

import dev.keyward.core.UserEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code keyward doctor}: checks one user's workstation for credentials left where others, or a
 * commit, can reach them: Claude Code's config ({@code ~/.claude.json}, {@code $CLAUDE_CONFIG_DIR}),
 * the usual credential files ({@code ~/.aws/credentials}, {@code ~/.netrc}, {@code ~/.npmrc},
 * {@code ~/.docker/config.json}, {@code ~/.kube/config}), {@code ~/.ssh} (modes, unencrypted private
 * keys), shell startup files exporting literal keys, and whether the global git excludes file
 * ignores {@code .env}. The home directory and environment are parameters, so it runs on any
 * file system. It reads; only {@link #fixPermissions} writes, and only modes.
 */
public final class Doctor {
  private final UserEnvironment user;
  private final HomeFiles home;

  public Doctor(UserEnvironment user) {
    this.user = Objects.requireNonNull(user, "user");
    this.home = new HomeFiles(user.home());
  }

  /** Runs every check; the report's order is fixed. */
  public DoctorReport check() {
    List<DoctorItem> items = new ArrayList<>();
    ClaudeChecks.check(user, home, items);
    CredentialFileChecks.check(home, items);
    SshChecks.check(home, items);
    ShellChecks.check(home, items);
    GitExcludesCheck.check(user, home, items);
    return new DoctorReport(user.home(), items);
  }

  /**
   * Makes the report's mode changes, telling {@code log} about each before making it, and checks
   * again.
   *
   * @throws IOException a mode could not be changed (those before it were)
   */
  public DoctorReport fixPermissions(DoctorReport report, Consumer<String> log) throws IOException {
    for (PermissionFix fix : report.permissionFixes()) {
      log.accept(fix.describe());
      fix.apply();
    }
    return check();
  }

  /** Paths under the home directory as the user reads them ({@code ~/.npmrc}). */
  static final class HomeFiles {
    private final Path home;

    HomeFiles(Path home) {
      this.home = home;
    }

    Path resolve(String relative) {
      return home.resolve(relative);
    }

    String display(Path file) {
      if (file.startsWith(home) && !file.equals(home)) {
        return "~/" + home.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      }
      return file.toString();
    }
  }
}

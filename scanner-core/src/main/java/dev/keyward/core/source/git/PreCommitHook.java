package dev.keyward.core.source.git;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;

/**
 * Installs and removes Keyward's git pre-commit hook, which runs {@code keyward staged}. An existing
 * hook that is not ours is never overwritten: installing refuses, or with {@code chain} moves it
 * aside and runs it first. Uninstalling removes only our hook and puts a chained one back.
 */
public final class PreCommitHook {
  /** Marks a hook file as ours. */
  static final String MARKER = "# keyward:managed-hook";

  static final String CHAINED = "pre-commit.keyward-chained";

  private final Path hooksDir;

  private PreCommitHook(Path hooksDir) {
    this.hooksDir = hooksDir;
  }

  /** The hooks directory of {@code repo}: {@code core.hooksPath} if set, else {@code .git/hooks}. */
  public static PreCommitHook of(Repository repo) {
    String configured = repo.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null,
        ConfigConstants.CONFIG_KEY_HOOKS_PATH);
    Path dir = configured == null ? repo.getDirectory().toPath().resolve("hooks")
        : GitRepositories.root(repo).resolve(configured);
    return new PreCommitHook(dir);
  }

  public Path file() {
    return hooksDir.resolve("pre-commit");
  }

  /**
   * Writes the hook. {@code command} is how the hook starts Keyward (e.g. {@code java -jar
   * /opt/keyward.jar}).
   *
   * @return what was done, for a person
   * @throws UsageException a foreign hook exists and {@code chain} is false
   */
  public String install(String command, boolean chain) throws UsageException, IOException {
    Path hook = file();
    Files.createDirectories(hooksDir);
    boolean chained = false;
    if (Files.exists(hook) && !isOurs(hook)) {
      if (!chain) {
        throw new UsageException("a pre-commit hook already exists at " + hook + " and is not Keyward's; "
            + "rerun with --chain to keep it and run it before Keyward, or add 'keyward staged' to it yourself");
      }
      if (Files.exists(hooksDir.resolve(CHAINED))) {
        throw new UsageException("cannot chain: " + hooksDir.resolve(CHAINED) + " already exists");
      }
      Files.move(hook, hooksDir.resolve(CHAINED));
      chained = true;
    }
    chained |= Files.exists(hooksDir.resolve(CHAINED));
    Files.writeString(hook, script(command, chained), UTF_8);
    makeExecutable(hook);
    return "installed the Keyward pre-commit hook at " + hook
        + (chained ? " (it runs the previous hook, kept as " + CHAINED + ", first)" : "");
  }

  /**
   * Removes our hook and restores a chained one.
   *
   * @throws UsageException the hook there is not ours
   */
  public String uninstall() throws UsageException, IOException {
    Path hook = file();
    if (!Files.exists(hook)) {
      return "no pre-commit hook at " + hook + ": nothing to remove";
    }
    if (!isOurs(hook)) {
      throw new UsageException("the pre-commit hook at " + hook + " is not Keyward's; left as it is");
    }
    Files.delete(hook);
    Path chained = hooksDir.resolve(CHAINED);
    if (Files.exists(chained)) {
      Files.move(chained, hook);
      return "removed the Keyward pre-commit hook and restored the previous hook";
    }
    return "removed the Keyward pre-commit hook";
  }

  private static boolean isOurs(Path hook) throws IOException {
    return Files.isRegularFile(hook) && Files.readString(hook, UTF_8).contains(MARKER);
  }

  static String script(String command, boolean chained) {
    StringBuilder sb = new StringBuilder();
    sb.append("#!/bin/sh\n").append(MARKER).append('\n');
    sb.append("# Installed by `keyward install-hook`; remove with `keyward install-hook --uninstall`.\n");
    sb.append("# Skip once (not recommended): git commit --no-verify\n");
    if (chained) {
      sb.append("hooks=$(dirname \"$0\")\n");
      sb.append("\"$hooks/").append(CHAINED).append("\" \"$@\" || exit $?\n");
    }
    sb.append("exec ").append(command).append(" staged \"$(git rev-parse --show-toplevel)\"\n");
    return sb.toString();
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setExecutable(true)) {
        throw new IOException("cannot make " + file + " executable");
      }
    }
  }
}

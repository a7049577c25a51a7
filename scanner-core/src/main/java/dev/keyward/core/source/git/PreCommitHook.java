package dev.keyward.core.source.git;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ClassSharing;
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

  /** How the hook starts Keyward. */
  public sealed interface Launch permits OnPath, JavaJar {
    /** The hook's last lines: they start {@code keyward staged} on the repository's top level. */
    String lines();
  }

  /** A command on PATH (or any shell command), e.g. {@code keyward}. */
  public record OnPath(String command) implements Launch {
    public OnPath {
      if (command.isBlank()) {
        throw new IllegalArgumentException("blank command");
      }
    }

    @Override
    public String lines() {
      return "exec " + command + " staged \"$(git rev-parse --show-toplevel)\"\n";
    }
  }

  /**
   * A JVM running the Keyward jar, tuned for a short run: C1 only and the serial collector, plus a
   * class-data-sharing archive of Keyward's start-up in the git directory, written by the first run
   * after each upgrade of the jar or the JDK and read by every later one. Together they take about
   * half of the start-up time off each commit. The archive is written under a temporary name and
   * moved into place only once a JVM has started with it ({@link ClassSharing}): a commit
   * interrupted while the archive was written would otherwise leave a truncated one, which crashes
   * the JVM on every later commit.
   */
  public record JavaJar(Path javaHome, Path jar) implements Launch {
    @Override
    public String lines() {
      String java = quote(javaHome.resolve("bin").resolve("java").toString());
      String modules = quote(javaHome.resolve("lib").resolve("modules").toString());
      String run = java + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off "
          + "-Xlog:cds+dynamic=off \"$@\" -jar \"$jar\" staged \"$(git rev-parse --show-toplevel)\"\n";
      String check = String.join(" ", ClassSharing.checkCommand(java, "\"$new\"", "\"$jar\""));
      return "jar=" + quote(jar.toString()) + "\n"
          + "cds=\"$(git rev-parse --git-dir)/keyward/keyward.jsa\"\n"
          + "if [ -f \"$cds\" ] && [ ! \"$jar\" -nt \"$cds\" ] && [ ! " + modules + " -nt \"$cds\" ]; then\n"
          + "  set -- -XX:SharedArchiveFile=\"$cds\"\n"
          + "  exec " + run
          + "fi\n"
          + "mkdir -p \"$(dirname \"$cds\")\" && rm -f \"$cds\"\n"
          + "new=\"$cds.$$\"\n"
          + "set -- -XX:ArchiveClassesAtExit=\"$new\"\n"
          + run
          + "status=$?\n"
          + "if [ -s \"$new\" ] && " + check + " >/dev/null 2>&1; then mv -f \"$new\" \"$cds\"; else rm -f \"$new\"; fi\n"
          + "rm -f \"$new.crash\"\n"
          + "exit $status\n";
    }
  }

  /** Single-quotes for a POSIX shell. */
  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private final Path hooksDir;
  /** Where {@link JavaJar} keeps its class-data-sharing archive. */
  private final Path cacheDir;

  private PreCommitHook(Path hooksDir, Path cacheDir) {
    this.hooksDir = hooksDir;
    this.cacheDir = cacheDir;
  }

  /** The hooks directory of {@code repo}: {@code core.hooksPath} if set, else {@code .git/hooks}. */
  public static PreCommitHook of(Repository repo) {
    String configured = repo.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null,
        ConfigConstants.CONFIG_KEY_HOOKS_PATH);
    Path dir = configured == null ? repo.getDirectory().toPath().resolve("hooks")
        : GitRepositories.root(repo).resolve(configured);
    return new PreCommitHook(dir, repo.getDirectory().toPath().resolve("keyward"));
  }

  public Path file() {
    return hooksDir.resolve("pre-commit");
  }

  /**
   * Writes the hook. {@code launch} is how the hook starts Keyward.
   *
   * @return what was done, for a person
   * @throws UsageException a foreign hook exists and {@code chain} is false
   */
  public String install(Launch launch, boolean chain) throws UsageException, IOException {
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
    Files.writeString(hook, script(launch, chained), UTF_8);
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
    Files.deleteIfExists(cacheDir.resolve("keyward.jsa"));
    try {
      Files.deleteIfExists(cacheDir);
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // someone keeps other files there: leave them
    }
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

  static String script(Launch launch, boolean chained) {
    StringBuilder sb = new StringBuilder();
    sb.append("#!/bin/sh\n").append(MARKER).append('\n');
    sb.append("# Installed by `keyward install-hook`; remove with `keyward install-hook --uninstall`.\n");
    sb.append("# Skip once (not recommended): git commit --no-verify\n");
    if (chained) {
      sb.append("hooks=$(dirname \"$0\")\n");
      sb.append("\"$hooks/").append(CHAINED).append("\" \"$@\" || exit $?\n");
    }
    sb.append(launch.lines());
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

package dev.keyward.core.source.fs;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.UserEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * Finds git's {@code core.excludesFile}: the repository's {@code config} first, then the user's
 * global configuration ({@code ~/.gitconfig} over {@code $XDG_CONFIG_HOME/git/config}), else git's
 * default {@code $XDG_CONFIG_HOME/git/ignore} ({@code ~/.config/git/ignore}). Configuration is
 * parsed by JGit; the home directory and environment are injected.
 */
public final class GitExcludesFile {
  private GitExcludesFile() {}

  /** The excludes file for a repository (it may not exist). */
  public static Path forRepository(Optional<GitDirectory> git, Path workTree, UserEnvironment user) {
    if (git.isPresent()) {
      Optional<String> local = excludesFile(git.get().config());
      if (local.isPresent()) {
        return expand(local.get(), workTree, user);
      }
    }
    return global(user);
  }

  /** The user's global excludes file (it may not exist). */
  public static Path global(UserEnvironment user) {
    Path xdg = xdgConfigHome(user).resolve("git");
    Optional<String> configured = excludesFile(user.home().resolve(".gitconfig"))
        .or(() -> excludesFile(xdg.resolve("config")));
    return configured.map(v -> expand(v, user.home(), user)).orElse(xdg.resolve("ignore"));
  }

  /** Whether the global configuration names an excludes file (rather than git's default). */
  public static boolean globalConfigured(UserEnvironment user) {
    return excludesFile(user.home().resolve(".gitconfig")).isPresent()
        || excludesFile(xdgConfigHome(user).resolve("git").resolve("config")).isPresent();
  }

  private static Path xdgConfigHome(UserEnvironment user) {
    return user.variable("XDG_CONFIG_HOME").map(v -> user.home().getFileSystem().getPath(v))
        .filter(Path::isAbsolute).orElse(user.home().resolve(".config"));
  }

  private static Optional<String> excludesFile(Path configFile) {
    if (!Files.isRegularFile(configFile)) {
      return Optional.empty();
    }
    try {
      Config config = new Config();
      config.fromText(Files.readString(configFile, UTF_8));
      return Optional.ofNullable(config.getString("core", null, "excludesFile")).filter(v -> !v.isBlank());
    } catch (IOException | ConfigInvalidException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path expand(String value, Path base, UserEnvironment user) {
    if (value.equals("~")) {
      return user.home();
    }
    if (value.startsWith("~/")) {
      return user.home().resolve(value.substring(2));
    }
    Path p = base.getFileSystem().getPath(value);
    return p.isAbsolute() ? p : base.resolve(p);
  }
}

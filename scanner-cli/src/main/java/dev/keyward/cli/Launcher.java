package dev.keyward.cli;

import dev.keyward.core.source.git.PreCommitHook;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** How a git hook should start the Keyward that is running now. */
final class Launcher {
  private Launcher() {}

  /**
   * This JVM and this jar when running from the jar (absolute paths, so the hook works from GUIs
   * whose PATH differs), else {@code keyward} on PATH.
   */
  static PreCommitHook.Launch command() {
    try {
      Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (location.toString().endsWith(".jar")) {
        return new PreCommitHook.JavaJar(Path.of(System.getProperty("java.home")), location.toAbsolutePath());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall back to the command on PATH
    }
    return new PreCommitHook.OnPath("keyward");
  }
}

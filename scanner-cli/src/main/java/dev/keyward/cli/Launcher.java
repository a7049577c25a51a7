package dev.keyward.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** How a git hook should start the Keyward that is running now. */
final class Launcher {
  private Launcher() {}

  /**
   * {@code '<java.home>/bin/java' -jar '<this jar>'} when running from the jar (absolute paths, so
   * the hook works from GUIs whose PATH differs), else {@code keyward}.
   */
  static String command() {
    try {
      Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (location.toString().endsWith(".jar")) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return quote(java.toString()) + " -jar " + quote(location.toAbsolutePath().toString());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall back to the command on PATH
    }
    return "keyward";
  }

  /** Single-quotes for a POSIX shell. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}

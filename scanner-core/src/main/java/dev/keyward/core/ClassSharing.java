package dev.keyward.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks a class-data-sharing archive before it is put to use. A dynamic archive whose JVM was
 * stopped while writing it (Ctrl-C during the first pre-commit run, a full disk) is truncated, and
 * JDK 17 crashes (SIGBUS) mapping such a file on every later start. So Keyward's archives are
 * written under a temporary name and moved into place only after a JVM has started with the archive
 * required ({@code -Xshare:on}: an archive that does not fit is an error, not silently skipped) and
 * has relocated every pointer in it (which reads the whole archive).
 */
public final class ClassSharing {
  private ClassSharing() {}

  /** The command that exits 0 only if {@code archive} works for {@code jar} with this {@code java}. */
  public static List<String> checkCommand(String java, String archive, String jar) {
    return List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:+UnlockDiagnosticVMOptions",
        "-XX:ArchiveRelocationMode=1", "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + archive + ".crash",
        "-cp", jar, "-version");
  }

  /** Runs {@link #checkCommand}: whether the archive works (a JVM start, about 0.1 s). */
  public static boolean works(Path java, Path archive, Path jar) {
    try {
      if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
        return false;
      }
      Process check = new ProcessBuilder(checkCommand(java.toString(), archive.toString(), jar.toString()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!check.waitFor(60, TimeUnit.SECONDS)) {
        check.destroyForcibly();
        return false;
      }
      return check.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      try {
        Files.deleteIfExists(Path.of(archive + ".crash"));
      } catch (IOException | RuntimeException e) {
        // a crash report beside a temporary archive; harmless
      }
    }
  }
}

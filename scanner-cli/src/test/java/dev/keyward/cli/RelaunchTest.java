package dev.keyward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When the scanning commands move to a tuned child JVM, and with which command line. */
class RelaunchTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("/opt/keyward/keyward.jar"));
  private static final String JAVA = Path.of("/usr/lib/jvm/17", "bin", "java").toString();

  private static Optional<Relaunch.Child> child(List<String> args, List<String> jvm, Optional<Path> jar, boolean child) {
    return Relaunch.child(args, () -> jvm, jar, "/usr/lib/jvm/17", child, Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scan", "staged", "history", "baseline"})
  void child_scanningCommandFromJar_c1SerialCollectorAndSameArguments(String command) {
    Relaunch.Child child = child(List.of(command, ".", "--format", "json"), List.of("-Dfoo=bar", "-Xss2m"), JAR,
        false).orElseThrow();
    assertEquals(List.of(JAVA, "-Dfoo=bar", "-Xss2m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dkeyward.child=true", "-cp", "/opt/keyward/keyward.jar", "dev.keyward.cli.Main",
        command, ".", "--format", "json"), child.command());
    assertEquals(Optional.empty(), child.newArchive());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-Xmx2g", "-Xms512m", "-XX:MaxRAMPercentage=50", "-XX:+UseG1GC", "-XX:+UseSerialGC",
      "-XX:+UseZGC", "-XX:MaxHeapSize=1g", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
      "-Xshare:off", "-XX:SharedArchiveFile=/tmp/a.jsa"})
  void child_userChoseHeapCollectorCompilerOrSharing_runsInThisJvm(String option) {
    assertEquals(Optional.empty(), child(List.of("scan", "."), List.of(option), JAR, false));
  }

  @Test
  void child_otherCommandsTheChildOrNoJar_runInThisJvm() {
    assertEquals(Optional.empty(), child(List.of("rules"), List.of(), JAR, false));
    assertEquals(Optional.empty(), child(List.of("help"), List.of(), JAR, false));
    assertEquals(Optional.empty(), child(List.of(), List.of(), JAR, false));
    assertEquals(Optional.empty(), child(List.of("history"), List.of(), JAR, true));
    assertEquals(Optional.empty(), child(List.of("history"), List.of(), Optional.empty(), false));
  }

  @Test
  void child_optionsBeforeTheCommand_stillScanning() {
    assertTrue(child(List.of("--verbose", "HISTORY", "."), List.of(), JAR, false).isPresent());
  }

  @Test
  void child_debuggerAndAgents_notStartedTwice() {
    List<String> command = child(List.of("history"), List.of("-agentlib:jdwp=transport=dt_socket,server=y",
        "-javaagent:/x.jar", "-XX:StartFlightRecording=filename=a.jfr", "-Dkept=1"), JAR, false).orElseThrow().command();
    assertEquals(List.of("-Dkept=1", "-XX:TieredStopAtLevel=1"), command.subList(1, 3));
  }

  @Test
  void child_withoutArchive_writesOneUnderItsOwnName_thenUsesIt(@TempDir Path cache) throws Exception {
    Path jar = Files.writeString(cache.resolve("keyward.jar"), "jar");
    Relaunch.Child first = Relaunch.child(List.of("scan"), List::of, Optional.of(jar), "/jdk", false,
        Optional.of(cache)).orElseThrow();
    Path archive = first.archive().orElseThrow();
    Path written = first.newArchive().orElseThrow();
    assertEquals(cache, archive.getParent());
    assertNotEquals(archive, written);
    assertTrue(first.command().contains("-XX:ArchiveClassesAtExit=" + written), first.command().toString());
    assertTrue(first.command().contains("-Xshare:auto"));

    Files.writeString(archive, "archive");
    Relaunch.Child later = Relaunch.child(List.of("scan"), List::of, Optional.of(jar), "/jdk", false,
        Optional.of(cache)).orElseThrow();
    assertTrue(later.command().contains("-XX:SharedArchiveFile=" + archive), later.command().toString());
    assertEquals(Optional.empty(), later.newArchive());
  }

  @Test
  void archiveName_differsPerJarPathAndJdk_notPerBuild(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.jar"), "a");
    Path b = Files.writeString(dir.resolve("b.jar"), "a");
    String before = Relaunch.archiveName(a, "/jdk17");
    assertNotEquals(before, Relaunch.archiveName(b, "/jdk17"));
    assertNotEquals(before, Relaunch.archiveName(a, "/jdk21"));
    Files.writeString(a, "a rebuilt jar");
    assertEquals(before, Relaunch.archiveName(a, "/jdk17"), "a rebuilt jar replaces its archive");
    assertTrue(before.matches("keyward-[0-9a-f]{16}"), before);
  }

  @Test
  void child_jarNewerThanItsArchive_writesTheArchiveAgain(@TempDir Path cache) throws Exception {
    Path jar = Files.writeString(cache.resolve("keyward.jar"), "jar");
    Path archive = cache.resolve(Relaunch.archiveName(jar, "/jdk") + ".jsa");
    Files.writeString(archive, "archive of an older build");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    Relaunch.Child child = Relaunch.child(List.of("scan"), List::of, Optional.of(jar), "/jdk", false,
        Optional.of(cache)).orElseThrow();
    assertTrue(child.newArchive().isPresent(), child.command().toString());
    assertFalse(child.command().stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")), child.command().toString());
  }
}

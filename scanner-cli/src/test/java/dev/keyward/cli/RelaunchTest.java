package dev.keyward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** When {@code keyward history} moves to a child JVM with the serial collector, and how. */
class RelaunchTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("/opt/keyward/keyward.jar"));

  private static Optional<List<String>> command(List<String> args, List<String> jvm, Optional<Path> jar, boolean child) {
    return Relaunch.command(args, () -> jvm, jar, "/usr/lib/jvm/17", child);
  }

  @Test
  void command_historyFromJarWithoutMemoryOptions_childWithSerialCollectorAndSameArguments() {
    List<String> command = command(List.of("history", ".", "--format", "json"), List.of("-Dfoo=bar", "-Xss2m"), JAR,
        false).orElseThrow();
    assertEquals(List.of(Path.of("/usr/lib/jvm/17", "bin", "java").toString(), "-Dfoo=bar", "-Xss2m",
        "-XX:+UseSerialGC", "-Dkeyward.child=true", "-cp", "/opt/keyward/keyward.jar", "dev.keyward.cli.Main",
        "history", ".", "--format", "json"), command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-Xmx2g", "-Xms512m", "-XX:MaxRAMPercentage=50", "-XX:+UseG1GC", "-XX:+UseSerialGC",
      "-XX:+UseZGC", "-XX:MaxHeapSize=1g"})
  void command_userChoseHeapOrCollector_runsInThisJvm(String option) {
    assertEquals(Optional.empty(), command(List.of("history", "."), List.of(option), JAR, false));
  }

  @Test
  void command_otherCommandsTheChildOrNoJar_runInThisJvm() {
    assertEquals(Optional.empty(), command(List.of("scan", "."), List.of(), JAR, false));
    assertEquals(Optional.empty(), command(List.of(), List.of(), JAR, false));
    assertEquals(Optional.empty(), command(List.of("history"), List.of(), JAR, true));
    assertEquals(Optional.empty(), command(List.of("history"), List.of(), Optional.empty(), false));
  }

  @Test
  void command_optionsBeforeTheCommand_stillHistory() {
    assertTrue(command(List.of("--verbose", "HISTORY", "."), List.of(), JAR, false).isPresent());
  }

  @Test
  void command_debuggerAndAgents_notStartedTwice() {
    List<String> command = command(List.of("history"), List.of("-agentlib:jdwp=transport=dt_socket,server=y",
        "-javaagent:/x.jar", "-XX:StartFlightRecording=filename=a.jfr", "-Dkept=1"), JAR, false).orElseThrow();
    assertEquals(List.of("-Dkept=1", "-XX:+UseSerialGC"), command.subList(1, 3));
  }
}

package dev.keyward.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs {@code keyward history} in a child JVM that uses the serial garbage collector, when Keyward
 * was started as {@code java -jar keyward.jar} with no heap or collector option of the user's.
 *
 * <p>Why: a history scan reads every blob of the repository once, so it allocates gigabytes while
 * keeping little alive (git/git: 7.5 GiB read, about 300 MiB live). The default collector on a
 * machine with 2 or more CPUs and 2 GiB or more (G1) grows its heap until collections take about 1%
 * of the time, which with that allocation rate means gigabytes (3.8 GiB peak RSS on git/git); the
 * serial collector sizes the heap from the live data instead (under 1 GiB) at the same CPU time. A
 * jar cannot carry JVM options, so the only way to get them for {@code java -jar} is a child JVM.
 * Any {@code -Xmx}, {@code -Xms}, {@code -XX:MaxRAM…}, {@code -XX:…HeapSize} or {@code
 * -XX:+Use…GC} option means the user chose, and Keyward runs as started.
 */
final class Relaunch {
  /** Set in the child, so it does not start another. */
  static final String CHILD = "keyward.child";
  static final String COLLECTOR = "-XX:+UseSerialGC";

  private Relaunch() {}

  /**
   * The child's command line, or empty when Keyward should run in this JVM.
   *
   * @param args Keyward's arguments
   * @param jvmOptions this JVM's options ({@code RuntimeMXBean.getInputArguments()}), asked only if needed
   * @param jar the jar Keyward runs from, if it does
   * @param javaHome this JVM's {@code java.home}
   * @param child whether this JVM is already the child
   */
  static Optional<List<String>> command(List<String> args, Supplier<List<String>> jvmOptions, Optional<Path> jar,
      String javaHome, boolean child) {
    if (child || jar.isEmpty() || !isHistory(args) || jvmOptions.get().stream().anyMatch(Relaunch::choosesMemory)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    jvmOptions.get().stream().filter(o -> !isAgent(o)).forEach(command::add);
    command.add(COLLECTOR);
    command.add("-D" + CHILD + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(args);
    return Optional.of(command);
  }

  /** The first argument that is not an option names the command. */
  private static boolean isHistory(List<String> args) {
    return args.stream().filter(a -> !a.startsWith("-")).findFirst()
        .map(a -> a.toLowerCase(Locale.ROOT).equals(Command.HISTORY.id())).orElse(false);
  }

  static boolean choosesMemory(String option) {
    return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xmn")
        || option.startsWith("-XX:MaxRAM") || option.startsWith("-XX:MinRAM") || option.startsWith("-XX:InitialRAM")
        || option.matches("-XX:(Max|Initial|Min)?HeapSize=.*") || option.matches("-XX:[+-]Use[A-Za-z0-9]*GC");
  }

  /** A debugger or agent listens or writes once; the child must not start it a second time. */
  private static boolean isAgent(String option) {
    return option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
        || option.startsWith("-Xrunjdwp") || option.startsWith("-XX:StartFlightRecording");
  }

  /**
   * Runs the child with this process's standard streams and returns its exit code. The child is
   * stopped if this JVM is (a shutdown hook), and stops itself if this process dies ({@link
   * #exitWithParent}).
   *
   * @throws IOException the child cannot be started
   */
  static int run(List<String> command) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(command).inheritIO().start();
    Thread stop = new Thread(child::destroy, "keyward-stop-child");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stop);
    return code;
  }

  /** In the child: ends this JVM when the parent process goes away (e.g. killed with SIGKILL). */
  static void exitWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
  }

  /** The jar this class was loaded from, if it was loaded from a jar. */
  static Optional<Path> jar() {
    try {
      Path location = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }
}

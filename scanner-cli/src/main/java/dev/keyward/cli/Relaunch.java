package dev.keyward.cli;

import dev.keyward.core.ClassSharing;
import dev.keyward.core.UserCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Runs the scanning commands ({@code scan}, {@code staged}, {@code history}, {@code baseline}) in a
 * child JVM tuned for them, when Keyward was started as {@code java -jar keyward.jar} with no memory,
 * collector, compiler or class-sharing option of the user's. A jar cannot carry JVM options, so a
 * child JVM is the only way to get them; it costs about 0.07 s and the options below save far more:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1} (the C1 compiler only): the matching runs in native code, so
 *       the optimising compiler mostly competes with the scan for CPU. Measured on 2 cores: git/git's
 *       checkout (45 MiB) 1.9 s to 1.2 s, the JDK's sources (200 MiB) 3.6 s to 1.9 s, commons-lang's
 *       history 7.7 s to 6.4 s.
 *   <li>{@code -XX:+UseSerialGC}: a history scan allocates gigabytes while keeping little alive
 *       (git/git: 7.5 GiB read, about 300 MiB live); G1 on a machine with 2 or more CPUs grows its heap
 *       until collections take about 1% of the time, which meant 3.8 GiB peak RSS on git/git; the
 *       serial collector sizes the heap from the live data (under 1 GiB) at the same CPU time.
 *   <li>a class-data-sharing archive of Keyward's classes in the user's cache directory
 *       ({@code keyward/cds}), written by the first run for each jar and JDK (again after the jar
 *       changes) and mapped by later ones: about 0.2 s less start-up.
 * </ul>
 * Any {@code -Xmx}, {@code -Xms}, {@code -XX:MaxRAM…}, {@code -XX:…HeapSize}, {@code -XX:+Use…GC},
 * {@code -XX:TieredStopAtLevel}, {@code -XX:±TieredCompilation}, {@code -Xint}, {@code -Xcomp} or
 * class-sharing option means the user chose, and Keyward runs as started (so do the pre-commit hook
 * and {@code bin/keyward}, which pass these options themselves).
 */
final class Relaunch {
  /** Set in the child, so it does not start another. */
  static final String CHILD = "keyward.child";
  static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static final Set<String> SCANNING = Set.of(Command.SCAN.id(), Command.STAGED.id(), Command.HISTORY.id(),
      Command.BASELINE.id());

  private Relaunch() {}

  /**
   * A child JVM to run: its command line and, when it writes a new class-sharing archive, where the
   * archive is written and where it is moved once the child has exited.
   */
  record Child(List<String> command, Optional<Path> newArchive, Optional<Path> archive) {}

  /**
   * The child to run, or empty when Keyward should run in this JVM.
   *
   * @param args Keyward's arguments
   * @param jvmOptions this JVM's options ({@code RuntimeMXBean.getInputArguments()}), asked only if needed
   * @param jar the jar Keyward runs from, if it does
   * @param javaHome this JVM's {@code java.home}
   * @param child whether this JVM is already the child
   * @param archives the directory for class-sharing archives, if there is one
   */
  static Optional<Child> child(List<String> args, Supplier<List<String>> jvmOptions, Optional<Path> jar,
      String javaHome, boolean child, Optional<Path> archives) {
    if (child || jar.isEmpty() || !isScanning(args) || jvmOptions.get().stream().anyMatch(Relaunch::userTuned)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    jvmOptions.get().stream().filter(o -> !isAgent(o)).forEach(command::add);
    command.addAll(OPTIONS);
    Optional<Path> archive = archives.map(dir -> dir.resolve(archiveName(jar.get(), javaHome) + ".jsa"));
    Optional<Path> newArchive = Optional.empty();
    if (archive.isPresent() && isCurrent(archive.get(), jar.get())) {
      command.add("-XX:SharedArchiveFile=" + archive.get());
    } else if (archive.isPresent() && isWritableDirectory(archive.get().getParent())) {
      // written under a name of this process's own, then checked and moved: no run maps half a file
      String name = archive.get().getFileName() + "." + ProcessHandle.current().pid();
      newArchive = Optional.of(archive.get().resolveSibling(name));
      command.add("-XX:ArchiveClassesAtExit=" + newArchive.get());
    }
    if (newArchive.isPresent() || command.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="))) {
      command.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    command.add("-D" + CHILD + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(args);
    return Optional.of(new Child(command, newArchive, archive));
  }

  /** Whether the command scans (the first argument that is not an option names the command). */
  static boolean isScanning(List<String> args) {
    return args.stream().filter(a -> !a.startsWith("-")).findFirst()
        .map(a -> SCANNING.contains(a.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** An option by which the user chose the heap, the collector, the compilers or class sharing. */
  static boolean userTuned(String option) {
    return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xmn")
        || option.startsWith("-XX:MaxRAM") || option.startsWith("-XX:MinRAM") || option.startsWith("-XX:InitialRAM")
        || option.matches("-XX:(Max|Initial|Min)?HeapSize=.*") || option.matches("-XX:[+-]Use[A-Za-z0-9]*GC")
        || option.startsWith("-XX:TieredStopAtLevel") || option.matches("-XX:[+-]TieredCompilation")
        || option.equals("-Xint") || option.equals("-Xcomp") || option.startsWith("-Xshare")
        || option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit");
  }

  /** A debugger or agent listens or writes once; the child must not start it a second time. */
  private static boolean isAgent(String option) {
    return option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
        || option.startsWith("-Xrunjdwp") || option.startsWith("-XX:StartFlightRecording");
  }

  /**
   * An archive serves one jar path and one JDK: named by a hash of the jar's path and the JDK's home
   * and version, so that rebuilding or upgrading the jar in place replaces its archive rather than
   * adding one (the JVM also checks, and ignores an archive that does not fit).
   */
  static String archiveName(Path jar, String javaHome) {
    String stamp = jar.toAbsolutePath() + "|" + javaHome + "|" + System.getProperty("java.vm.version");
    // CRC-32 and String.hashCode: 64 bits, and no security provider to load (~15 ms of every start);
    // a collision would only make the JVM turn down the other jar's archive
    CRC32 crc = new CRC32();
    crc.update(stamp.getBytes(StandardCharsets.UTF_8));
    return "keyward-" + HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits(stamp.hashCode());
  }

  /** Whether the archive was written after the jar last changed. */
  static boolean isCurrent(Path archive, Path jar) {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs the child with this process's standard streams and returns its exit code; then publishes the
   * archive it wrote, if any. The child is stopped if this JVM is (a shutdown hook), and stops itself
   * if this process dies ({@link #exitWithParent}).
   *
   * @throws IOException the child cannot be started
   */
  static int run(Child child) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(child.command()).inheritIO().start();
    Thread stop = new Thread(process::destroy, "keyward-stop-child");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = process.waitFor();
    Runtime.getRuntime().removeShutdownHook(stop);
    if (child.newArchive().isPresent() && child.archive().isPresent()) {
      publish(child.newArchive().get(), child.archive().get(), Path.of(child.command().get(0)), jarOf(child));
    }
    return code;
  }

  /**
   * Whether {@code dir} is (or could be made) a writable directory: a JVM asked to write an archive it
   * cannot create reports an error and exits 1 after the scan, which would read as findings.
   */
  private static boolean isWritableDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.isWritable(dir);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Moves a freshly written archive into place once a JVM has started with it ({@link ClassSharing}:
   * a truncated archive would crash every later start); otherwise deletes it, and the next run writes
   * it again.
   */
  private static void publish(Path written, Path archive, Path java, Path jar) {
    try {
      if (ClassSharing.works(java, written, jar)) {
        UserCache.moveIntoPlace(written, archive);
      }
    } catch (IOException e) {
      // not moved: deleted below
    }
    try {
      Files.deleteIfExists(written);
    } catch (IOException ignored) {
      // a stray temporary archive in the cache directory; harmless
    }
  }

  /** The jar on the child's command line (after {@code -cp}). */
  private static Path jarOf(Child child) {
    return Path.of(child.command().get(child.command().indexOf("-cp") + 1));
  }

  /** In the child: ends this JVM when the parent process goes away (e.g. killed with SIGKILL). */
  static void exitWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
  }

  /** Where archives are kept: the user's cache directory, if there is one. */
  static Optional<Path> archives() {
    return UserCache.directory("cds");
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

package dev.keyward.cli;

import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.git.GitRepositories;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The process entry point; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    for (String arg : args) {
      if (arg.equals("-v") || arg.equals("--verbose")) {
        System.setProperty("org.slf4j.simpleLogger.log.dev.keyward", "debug");
      }
    }
    boolean child = Boolean.getBoolean(Relaunch.CHILD);
    Optional<Relaunch.Child> relaunch = Relaunch.child(List.of(args),
        () -> ManagementFactory.getRuntimeMXBean().getInputArguments(), Relaunch.jar(),
        System.getProperty("java.home"), child, Relaunch.archives());
    if (relaunch.isPresent()) {
      try {
        System.exit(Relaunch.run(relaunch.get()));
      } catch (IOException e) {
        // no child JVM (no java binary, process limits): scan in this one
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.exit(ExitCode.INTERNAL.code());
      }
    }
    if (child) {
      Relaunch.exitWithParent();
      org.slf4j.LoggerFactory.getLogger(Main.class)
          .debug("running in a child JVM with {}", String.join(" ", Relaunch.OPTIONS));
    }
    if (Relaunch.isScanning(List.of(args))) {
      GitRepositories.preload();
    }
    RulePack.preload();
    int code = new KeywardCli(System.out, System.err, Path.of(""), System.console() != null).run(args);
    System.exit(code);
  }
}

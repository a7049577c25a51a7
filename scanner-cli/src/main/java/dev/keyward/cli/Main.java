package dev.keyward.cli;

import dev.keyward.core.rule.RulePack;
import java.nio.file.Path;

/** The process entry point; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    RulePack.preload();
    for (String arg : args) {
      if (arg.equals("-v") || arg.equals("--verbose")) {
        System.setProperty("org.slf4j.simpleLogger.log.dev.keyward", "debug");
      }
    }
    int code = new KeywardCli(System.out, System.err, Path.of(""), System.console() != null).run(args);
    System.exit(code);
  }
}

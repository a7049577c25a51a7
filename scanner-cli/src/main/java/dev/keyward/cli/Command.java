package dev.keyward.cli;

import dev.keyward.core.UsageException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The subcommands. */
enum Command {
  SCAN("scan", "scan a working tree (default: the current directory)"),
  HISTORY("history", "scan git history: every blob any commit introduced (--range, --since, --branch)"),
  STAGED("staged", "scan what is staged for the next commit (for pre-commit hooks)"),
  INSTALL_HOOK("install-hook", "install a git pre-commit hook that runs 'keyward staged' (--chain, --uninstall)"),
  BASELINE("baseline", "record today's findings by fingerprint (--output FILE, default: standard output)"),
  CONFIG("config", "with --print: show the effective configuration as YAML"),
  RULES("rules", "list the rules with their severity and the documented source of each format"),
  DOCTOR("doctor", "check your workstation: credential file modes, plaintext keys, git excludes"),
  HELP("help", "show this help"),
  VERSION("version", "print the version");

  private final String id;
  private final String summary;

  Command(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  String id() {
    return id;
  }

  String summary() {
    return summary;
  }

  static Command fromName(String name) throws UsageException {
    for (Command c : values()) {
      if (c.id.equals(name.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new UsageException("unknown command '" + name + "' (expected "
        + Arrays.stream(values()).map(Command::id).collect(Collectors.joining(", ")) + ")");
  }
}

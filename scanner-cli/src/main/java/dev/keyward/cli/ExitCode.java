package dev.keyward.cli;

/** What the process exit status means. Only {@link Main} calls {@code System.exit}. */
public enum ExitCode {
  /** Nothing at or above the failure threshold. */
  CLEAN(0),
  /** Findings at or above {@code --fail-on}. */
  FINDINGS(1),
  /** A usage or configuration error: bad option, missing path, invalid rule file. */
  USAGE(2),
  /** A bug in Keyward. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

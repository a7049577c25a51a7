package dev.keyward.cli;

import static dev.keyward.cli.ExitCode.CLEAN;
import static dev.keyward.cli.ExitCode.FINDINGS;
import static dev.keyward.cli.ExitCode.INTERNAL;
import static dev.keyward.cli.ExitCode.USAGE;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.UsageException;
import dev.keyward.core.doctor.Doctor;
import dev.keyward.core.doctor.DoctorReport;
import dev.keyward.core.doctor.DoctorText;
import dev.keyward.core.report.KeywardVersion;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.report.ReportSettings;
import dev.keyward.core.report.RulesReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.cli.HelpFormatter;

/** The command line as a function: arguments in, exit code out, output to injected streams. */
public final class KeywardCli {
  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;
  private final boolean terminal;
  private final Map<String, String> environment;

  /**
   * @param terminal whether {@code out} is an interactive terminal (enables colour by default)
   */
  public KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal) {
    this(out, err, cwd, terminal, System.getenv());
  }

  /** @param environment the environment {@code doctor} reads ({@code CLAUDE_CONFIG_DIR}, {@code XDG_CONFIG_HOME}) */
  public KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.cwd = cwd;
    this.terminal = terminal;
    this.environment = Map.copyOf(environment);
  }

  public int run(String... args) {
    boolean verbose = false;
    try {
      CliOptions options = CliOptions.parse(args, cwd);
      verbose = options.verbose();
      return switch (options.command()) {
        case HELP -> help();
        case VERSION -> version();
        case RULES -> rules(options);
        case DOCTOR -> doctor(options);
        case SCAN -> scan(options);
      };
    } catch (UsageException | ConfigException e) {
      err.println("keyward: " + e.getMessage());
      return USAGE.code();
    } catch (IOException e) {
      err.println("keyward: " + e.getMessage());
      return USAGE.code();
    } catch (RuntimeException | StackOverflowError e) {
      err.println("keyward: internal error: " + e + (verbose ? "" : " (use --verbose for the stack trace)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      return INTERNAL.code();
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int scan(CliOptions options) throws UsageException, ConfigException, IOException {
    ScanResult result = Keyward.scan(options.toRequest());
    boolean toStdout = options.output().isEmpty();
    boolean color = options.color().orElse(terminal && toStdout && System.getenv("NO_COLOR") == null);
    ReportSettings settings = new ReportSettings(options.redact(), color, KeywardVersion.get());
    write(options, result, settings);
    boolean summaryInReport = toStdout && options.format() == ReportFormat.TEXT;
    if (!summaryInReport) {
      for (ScanWarning w : result.warnings()) {
        err.println("keyward: warning: " + w.message());
      }
      err.println(result.summaryLine());
    }
    return (result.failsAt(options.failOn()) ? FINDINGS : CLEAN).code();
  }

  private void write(CliOptions options, ScanResult result, ReportSettings settings) throws IOException {
    if (options.output().isEmpty()) {
      options.format().writer().write(result, settings, nonClosing(out));
      return;
    }
    Path file = options.output().get();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream stream = Files.newOutputStream(file)) {
        options.format().writer().write(result, settings, stream);
      }
    } catch (IOException e) {
      throw new IOException("cannot write the report to " + file + ": " + e.getMessage(), e);
    }
  }

  private int rules(CliOptions options) throws ConfigException, IOException {
    RulesReport.write(Keyward.rules(options.toRequest()), Keyward.policies(options.toRequest()), nonClosing(out));
    return CLEAN.code();
  }

  private int doctor(CliOptions options) throws IOException {
    Doctor doctor = new Doctor(options.toUser(environment));
    PrintWriter pw = new PrintWriter(out, true);
    DoctorReport report = doctor.check();
    DoctorText.write(report, pw);
    if (options.fixPermissions() && !report.permissionFixes().isEmpty()) {
      report = doctor.fixPermissions(report, change -> pw.println("changed: " + change));
      pw.println(DoctorText.summaryAfterFix(report));
    }
    pw.flush();
    return (report.needsFixing() ? FINDINGS : CLEAN).code();
  }

  private int version() {
    out.println("keyward " + KeywardVersion.get());
    return CLEAN.code();
  }

  private int help() {
    StringWriter text = new StringWriter();
    PrintWriter pw = new PrintWriter(text);
    pw.println("usage: keyward <command> [PATH] [options]");
    pw.println();
    pw.println("Finds leaked secrets (API keys, tokens, private keys, passwords) in source trees.");
    pw.println();
    pw.println("commands:");
    for (Command c : Command.values()) {
      pw.printf("  %-8s %s%n", c.id(), c.summary());
    }
    pw.println();
    pw.println("options:");
    HelpFormatter formatter = HelpFormatter.builder().setShowSince(false).get();
    formatter.printOptions(pw, 100, CliOptions.OPTIONS, 2, 3);
    pw.println();
    pw.println("exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error,");
    pw.println("             3 internal error");
    pw.flush();
    out.print(text);
    return CLEAN.code();
  }

  /** Report writers close nothing they did not open, but be safe: never close stdout. */
  private static OutputStream nonClosing(PrintStream stream) {
    return new java.io.FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) {
        stream.write(b, off, len);
      }

      @Override
      public void close() {
        stream.flush();
      }
    };
  }
}

package dev.keyward.cli;

import static dev.keyward.cli.ExitCode.CLEAN;
import static dev.keyward.cli.ExitCode.FINDINGS;
import static dev.keyward.cli.ExitCode.INTERNAL;
import static dev.keyward.cli.ExitCode.USAGE;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Keyward;
import dev.keyward.core.ProgressListener;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.UsageException;
import dev.keyward.core.config.ConfigPrinter;
import dev.keyward.core.doctor.Doctor;
import dev.keyward.core.doctor.DoctorReport;
import dev.keyward.core.doctor.DoctorText;
import dev.keyward.core.report.KeywardVersion;
import dev.keyward.core.report.ReportFiles;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.report.ReportSettings;
import dev.keyward.core.report.RulesReport;
import dev.keyward.core.source.git.GitRepositories;
import dev.keyward.core.source.git.PreCommitHook;
import dev.keyward.core.source.git.StagedAdvice;
import dev.keyward.core.suppress.Baseline;
import dev.keyward.core.suppress.BaselineFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.HelpFormatter;
import org.eclipse.jgit.lib.Repository;

/** The command line as a function: arguments in, exit code out, output to injected streams. */
public final class KeywardCli {
  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;
  private final boolean terminal;
  private final PreCommitHook.Launch launcher;
  private final Map<String, String> environment;

  /**
   * @param terminal whether {@code out} is an interactive terminal (enables colour by default)
   */
  public KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal) {
    this(out, err, cwd, terminal, Launcher.command(), System.getenv());
  }

  /** @param launcher how a git hook starts this Keyward */
  KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal, PreCommitHook.Launch launcher) {
    this(out, err, cwd, terminal, launcher, System.getenv());
  }

  /** @param environment the environment {@code doctor} reads ({@code CLAUDE_CONFIG_DIR}, {@code XDG_CONFIG_HOME}) */
  public KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal, Map<String, String> environment) {
    this(out, err, cwd, terminal, Launcher.command(), environment);
  }

  KeywardCli(PrintStream out, PrintStream err, Path cwd, boolean terminal, PreCommitHook.Launch launcher,
      Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.cwd = cwd;
    this.terminal = terminal;
    this.launcher = launcher;
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
        case SCAN, HISTORY, STAGED -> scan(options);
        case INSTALL_HOOK -> installHook(options);
        case BASELINE -> baseline(options);
        case CONFIG -> config(options);
        case DOCTOR -> doctor(options);
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
    ReportFormat.preload(options.formats());
    ScanResult result = Keyward.scan(options.toRequest(progress(options)));
    boolean toStdout = options.output().isEmpty() && options.outputDir().isEmpty();
    boolean color = options.color().orElse(terminal && toStdout && System.getenv("NO_COLOR") == null);
    ReportSettings settings = new ReportSettings(options.redact(), color, KeywardVersion.get());
    boolean failed = result.fails();
    if (options.command() == Command.STAGED && toStdout && options.formats().equals(List.of(ReportFormat.TEXT))) {
      if (failed) {
        err.print(StagedAdvice.text(result, result.failOn()));
      }
      err.println(result.summaryLine());
      return (failed ? FINDINGS : CLEAN).code();
    }
    write(options, result, settings);
    boolean summaryInReport = toStdout && options.formats().equals(List.of(ReportFormat.TEXT));
    if (!summaryInReport) {
      for (ScanWarning w : result.warnings()) {
        err.println("keyward: warning: " + w.message());
      }
      err.println(result.summaryLine());
    }
    return (failed ? FINDINGS : CLEAN).code();
  }

  /** A progress line on stderr, only when the user watches a terminal and did not say --no-progress. */
  private ProgressListener progress(CliOptions options) {
    return terminal && options.progress() && !"dumb".equals(environment.get("TERM"))
        ? new ProgressLine(err, System::nanoTime) : ProgressListener.NONE;
  }

  private int installHook(CliOptions options) throws UsageException, IOException {
    try (Repository repo = GitRepositories.open(options.path())) {
      PreCommitHook hook = PreCommitHook.of(repo);
      out.println(options.uninstall() ? hook.uninstall() : hook.install(launcher, options.chain()));
    }
    return CLEAN.code();
  }

  private int baseline(CliOptions options) throws UsageException, ConfigException, IOException {
    if (options.baseline().isPresent()) {
      throw new UsageException("baseline records a new baseline; --baseline is for scan");
    }
    ScanResult result = Keyward.scan(options.toRequest(progress(options)));
    Baseline baseline = Baseline.of(result.findings());
    if (options.output().isPresent()) {
      Path file = options.output().get();
      try {
        BaselineFile.write(baseline, file);
      } catch (IOException e) {
        throw new IOException("cannot write the baseline to " + file + ": " + e.getMessage(), e);
      }
      err.println("keyward: recorded " + baseline.entries().size() + " fingerprints in " + file);
    } else {
      BaselineFile.write(baseline, nonClosing(out));
    }
    err.println(result.summaryLine());
    return CLEAN.code();
  }

  private int config(CliOptions options) throws UsageException, ConfigException {
    if (!options.print()) {
      throw new UsageException("config needs --print");
    }
    out.print(ConfigPrinter.print(Keyward.config(options.toRequest())));
    return CLEAN.code();
  }

  private void write(CliOptions options, ScanResult result, ReportSettings settings) throws IOException {
    if (options.outputDir().isPresent()) {
      ReportFiles.writeAll(result, settings, options.formats(), options.outputDir().get());
    } else if (options.output().isPresent()) {
      ReportFiles.write(result, settings, options.formats().get(0), options.output().get());
    } else {
      options.formats().get(0).writer().write(result, settings, nonClosing(out));
    }
  }

  private int rules(CliOptions options) throws UsageException, ConfigException, IOException {
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

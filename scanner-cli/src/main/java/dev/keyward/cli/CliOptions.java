package dev.keyward.cli;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.ScanMode;
import dev.keyward.core.ProgressListener;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.Severity;
import dev.keyward.core.UsageException;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.source.fs.Sizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * The parsed command line. Parsing maps arguments to values and nothing else; every check of a
 * value's meaning happens in the core or in the value types it is parsed into.
 */
record CliOptions(
    Command command,
    Path path,
    List<ReportFormat> formats,
    Optional<Path> output,
    Optional<Path> outputDir,
    Optional<Severity> failOn,
    boolean redact,
    Optional<Path> config,
    int threads,
    boolean useGitignore,
    long maxFileBytes,
    boolean verbose,
    Optional<Boolean> color,
    boolean inlineAllow,
    Optional<Path> baseline,
    boolean updateBaseline,
    boolean print,
    Optional<String> range,
    Optional<String> branch,
    boolean chain,
    boolean uninstall,
    Optional<Path> home,
    boolean fixPermissions,
    boolean progress) {

  static final Options OPTIONS = new Options()
      .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
          .desc("report format: text (default), json, sarif, junit or gitlab; several with commas and "
              + "--output-dir, e.g. sarif,junit").build())
      .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
          .desc("write the report to FILE instead of standard output").build())
      .addOption(Option.builder().longOpt("output-dir").hasArg().argName("DIR")
          .desc("write one report per format to DIR/keyward.<ext> (GitLab: gl-secret-detection-report.json)").build())
      .addOption(Option.builder().longOpt("fail-on").hasArg().argName("SEVERITY")
          .desc("exit 1 on findings at or above low|medium|high|critical (default: fail-on in .keyward.yaml, "
              + "else low)").build())
      .addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE")
          .desc("report only findings not in this baseline (made by `keyward baseline`)").build())
      .addOption(Option.builder().longOpt("update-baseline")
          .desc("with --baseline: rewrite it without the entries that no longer occur (adds none)").build())
      .addOption(Option.builder().longOpt("no-inline-allow")
          .desc("ignore keyward:allow comments (audit what they suppress)").build())
      .addOption(Option.builder().longOpt("print").desc("config: print the effective configuration").build())
      .addOption(Option.builder().longOpt("no-redact")
          .desc("show secrets in full in the report (never the default)").build())
      .addOption(Option.builder("c").longOpt("config").hasArg().argName("FILE")
          .desc("configuration file (default: .keyward.yaml in the scanned directory, if present)").build())
      .addOption(Option.builder().longOpt("threads").hasArg().argName("N")
          .desc("worker threads (default: all cores)").build())
      .addOption(Option.builder().longOpt("no-gitignore")
          .desc("also scan files that .gitignore excludes").build())
      .addOption(Option.builder().longOpt("max-file-size").hasArg().argName("SIZE")
          .desc("skip files larger than SIZE, e.g. 10M (default: 10M); skips are reported").build())
      .addOption(Option.builder().longOpt("range").hasArg().argName("A..B")
          .desc("history: scan only commits in B that are not in A").build())
      .addOption(Option.builder().longOpt("since").hasArg().argName("REV")
          .desc("history: scan only commits after REV (REV..HEAD)").build())
      .addOption(Option.builder().longOpt("branch").hasArg().argName("REF")
          .desc("history: walk only from REF instead of all refs").build())
      .addOption(Option.builder().longOpt("chain")
          .desc("install-hook: keep an existing pre-commit hook and run it first").build())
      .addOption(Option.builder().longOpt("uninstall").desc("install-hook: remove Keyward's hook").build())
      .addOption(Option.builder().longOpt("color").desc("colour the text report even when not on a terminal").build())
      .addOption(Option.builder().longOpt("no-color").desc("never colour the text report").build())
      .addOption(Option.builder().longOpt("no-progress")
          .desc("no progress line on the terminal (it appears only on a terminal, for scans over 2 seconds)").build())
      .addOption(Option.builder().longOpt("home").hasArg().argName("DIR")
          .desc("doctor: the home directory to check (default: yours)").build())
      .addOption(Option.builder().longOpt("fix-permissions")
          .desc("doctor: chmod credential files to 600 and directories to 700 (never touches content)").build())
      .addOption(Option.builder("v").longOpt("verbose").desc("debug logging and stack traces for internal errors").build())
      .addOption(Option.builder("h").longOpt("help").desc("show this help").build())
      .addOption(Option.builder().longOpt("version").desc("print the version").build());

  /** Parses {@code args}; relative paths resolve against {@code cwd}. */
  static CliOptions parse(String[] args, Path cwd) throws UsageException {
    CommandLine line;
    try {
      line = DefaultParser.builder().setAllowPartialMatching(false).build().parse(OPTIONS, args);
    } catch (UnrecognizedOptionException e) {
      throw new UsageException("unknown option " + e.getOption() + " (see keyward --help)");
    } catch (MissingArgumentException e) {
      throw new UsageException("option --" + e.getOption().getLongOpt() + " needs a value");
    } catch (ParseException e) {
      throw new UsageException(e.getMessage());
    }
    List<String> rest = line.getArgList();
    Command command = line.hasOption("help") ? Command.HELP
        : line.hasOption("version") ? Command.VERSION
        : rest.isEmpty() ? Command.HELP : Command.fromName(rest.get(0));
    if (rest.size() > 2) {
      throw new UsageException("too many arguments: " + String.join(" ", rest.subList(2, rest.size()))
          + " (one PATH at most)");
    }
    Path path = cwd.resolve(rest.size() == 2 ? rest.get(1) : ".").normalize();
    if (command == Command.DOCTOR && rest.size() == 2) {
      throw new UsageException("doctor takes no PATH; it checks your home directory (or --home DIR)");
    }
    if (command != Command.DOCTOR && (line.hasOption("home") || line.hasOption("fix-permissions"))) {
      throw new UsageException("--home and --fix-permissions apply to the doctor command only");
    }
    if (line.hasOption("color") && line.hasOption("no-color")) {
      throw new UsageException("--color and --no-color contradict each other");
    }
    if (line.hasOption("range") && line.hasOption("since")) {
      throw new UsageException("--range and --since both set the commits to scan; give one");
    }
    Optional<String> range = Optional.ofNullable(line.getOptionValue("range"))
        .or(() -> Optional.ofNullable(line.getOptionValue("since")));
    List<ReportFormat> formats = ReportFormat.fromList(line.getOptionValue("format", "text"));
    checkOutputs(line, formats);
    return new CliOptions(command, path,
        formats,
        Optional.ofNullable(line.getOptionValue("output")).map(cwd::resolve),
        Optional.ofNullable(line.getOptionValue("output-dir")).map(cwd::resolve),
        line.hasOption("fail-on") ? Optional.of(severity(line.getOptionValue("fail-on"))) : Optional.empty(),
        !line.hasOption("no-redact"),
        Optional.ofNullable(line.getOptionValue("config")).map(cwd::resolve),
        threads(line.getOptionValue("threads")),
        !line.hasOption("no-gitignore"),
        size(line.getOptionValue("max-file-size")),
        line.hasOption("verbose"),
        line.hasOption("color") ? Optional.of(true) : line.hasOption("no-color") ? Optional.of(false) : Optional.empty(),
        !line.hasOption("no-inline-allow"),
        Optional.ofNullable(line.getOptionValue("baseline")).map(cwd::resolve),
        line.hasOption("update-baseline"),
        line.hasOption("print"),
        range,
        Optional.ofNullable(line.getOptionValue("branch")),
        line.hasOption("chain"),
        line.hasOption("uninstall"),
        Optional.ofNullable(line.getOptionValue("home")).map(cwd::resolve),
        line.hasOption("fix-permissions"),
        !line.hasOption("no-progress"));
  }

  /** The user {@code doctor} checks: {@code --home} or the current user's home, and the environment. */
  UserEnvironment toUser(Map<String, String> environment) {
    return new UserEnvironment(home.orElse(Path.of(System.getProperty("user.home"))).toAbsolutePath(), environment);
  }

  private static void checkOutputs(CommandLine line, List<ReportFormat> formats) throws UsageException {
    if (line.hasOption("output") && line.hasOption("output-dir")) {
      throw new UsageException("--output and --output-dir contradict each other");
    }
    if (formats.size() > 1 && !line.hasOption("output-dir")) {
      throw new UsageException("several formats need --output-dir DIR (one file per format)");
    }
    if (line.hasOption("update-baseline") && !line.hasOption("baseline")) {
      throw new UsageException("--update-baseline needs --baseline FILE");
    }
  }

  ScanRequest toRequest() throws UsageException {
    return toRequest(ProgressListener.NONE);
  }

  ScanRequest toRequest(ProgressListener listener) throws UsageException {
    ScanRequest.Builder b = ScanRequest.builder(path)
        .progress(listener)
        .mode(command == Command.HISTORY ? ScanMode.HISTORY : command == Command.STAGED ? ScanMode.STAGED
            : ScanMode.WORKING_TREE)
        .useGitignore(useGitignore)
        .threads(threads)
        .limits(ScanLimits.defaults().withMaxFileBytes(maxFileBytes));
    config.ifPresent(b::configFile);
    failOn.ifPresent(b::failOn);
    baseline.ifPresent(b::baseline);
    b.inlineAllow(inlineAllow).updateBaseline(updateBaseline);
    try {
      range.ifPresent(b::range);
      branch.ifPresent(b::branch);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--range, --since and --branch apply only to 'keyward history'");
    }
  }

  private static Severity severity(String value) throws UsageException {
    try {
      return Severity.fromName(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: " + e.getMessage());
    }
  }

  private static int threads(String value) throws UsageException {
    if (value == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 1 || n > 1024) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--threads: expected a whole number from 1 to 1024, got '" + value + "'");
    }
  }

  private static long size(String value) throws UsageException {
    if (value == null) {
      return ScanLimits.DEFAULT_MAX_FILE_BYTES;
    }
    try {
      return Sizes.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-file-size: " + e.getMessage());
    }
  }
}

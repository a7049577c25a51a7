package dev.keyward.cli;

import dev.keyward.core.ScanLimits;
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
    ReportFormat format,
    Optional<Path> output,
    Severity failOn,
    boolean redact,
    Optional<Path> config,
    int threads,
    boolean useGitignore,
    long maxFileBytes,
    boolean verbose,
    Optional<Boolean> color,
    Optional<Path> home,
    boolean fixPermissions) {

  static final Options OPTIONS = new Options()
      .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
          .desc("report format: text (default), json or sarif").build())
      .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
          .desc("write the report to FILE instead of standard output").build())
      .addOption(Option.builder().longOpt("fail-on").hasArg().argName("SEVERITY")
          .desc("exit 1 on findings at or above low|medium|high|critical (default: low)").build())
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
      .addOption(Option.builder().longOpt("color").desc("colour the text report even when not on a terminal").build())
      .addOption(Option.builder().longOpt("no-color").desc("never colour the text report").build())
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
    return new CliOptions(command, path,
        ReportFormat.fromName(line.getOptionValue("format", "text")),
        Optional.ofNullable(line.getOptionValue("output")).map(cwd::resolve),
        severity(line.getOptionValue("fail-on", "low")),
        !line.hasOption("no-redact"),
        Optional.ofNullable(line.getOptionValue("config")).map(cwd::resolve),
        threads(line.getOptionValue("threads")),
        !line.hasOption("no-gitignore"),
        size(line.getOptionValue("max-file-size")),
        line.hasOption("verbose"),
        line.hasOption("color") ? Optional.of(true) : line.hasOption("no-color") ? Optional.of(false) : Optional.empty(),
        Optional.ofNullable(line.getOptionValue("home")).map(cwd::resolve),
        line.hasOption("fix-permissions"));
  }

  /** The user {@code doctor} checks: {@code --home} or the current user's home, and the environment. */
  UserEnvironment toUser(Map<String, String> environment) {
    return new UserEnvironment(home.orElse(Path.of(System.getProperty("user.home"))).toAbsolutePath(), environment);
  }

  ScanRequest toRequest() {
    ScanRequest.Builder b = ScanRequest.builder(path)
        .useGitignore(useGitignore)
        .threads(threads)
        .limits(ScanLimits.defaults().withMaxFileBytes(maxFileBytes));
    config.ifPresent(b::configFile);
    return b.build();
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

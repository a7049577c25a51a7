package dev.keyward.maven;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.UsageException;
import dev.keyward.core.report.KeywardVersion;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.report.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the module's directory for leaked secrets and fails the build on findings at or above
 * {@code failOn}. Reports go to {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** Skip the scan. */
  @Parameter(property = "keyward.skip", defaultValue = "false")
  private boolean skip;

  /** Fail the build on findings at or above this severity: low, medium, high or critical. */
  @Parameter(property = "keyward.failOn", defaultValue = "high")
  private String failOn;

  /** The directory to scan. */
  @Parameter(property = "keyward.path", defaultValue = "${project.basedir}")
  private File path;

  /** Configuration file; by default {@code .keyward.yaml} in the scanned directory, if present. */
  @Parameter(property = "keyward.config")
  private File config;

  /** Report formats to write, comma-separated: text, json, sarif. */
  @Parameter(property = "keyward.formats", defaultValue = "sarif,json")
  private String formats;

  /** Where reports are written. */
  @Parameter(property = "keyward.outputDirectory", defaultValue = "${project.build.directory}/keyward")
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Keyward skipped (keyward.skip=true)");
      return;
    }
    Severity threshold;
    ScanResult result;
    try {
      threshold = severity();
      List<ReportFormat> reportFormats = reportFormats();
      result = Keyward.scan(toRequest());
      writeReports(result, reportFormats);
    } catch (ConfigException | UsageException | IOException e) {
      throw new MojoExecutionException("Keyward: " + e.getMessage(), e);
    }
    result.warnings().forEach(w -> getLog().warn(w.message()));
    getLog().info(result.summaryLine());
    if (result.failsAt(threshold)) {
      throw new MojoFailureException(result.failureSummary(threshold));
    }
  }

  ScanRequest toRequest() {
    ScanRequest.Builder b = ScanRequest.builder(path.toPath());
    if (config != null) {
      b.configFile(config.toPath());
    }
    return b.build();
  }

  private Severity severity() throws UsageException {
    try {
      return Severity.fromName(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageException("failOn: " + e.getMessage());
    }
  }

  private List<ReportFormat> reportFormats() throws UsageException {
    List<ReportFormat> list = new ArrayList<>();
    for (String name : formats.split(",")) {
      if (!name.isBlank()) {
        list.add(ReportFormat.fromName(name));
      }
    }
    return list;
  }

  private void writeReports(ScanResult result, List<ReportFormat> reportFormats) throws IOException {
    Path dir = outputDirectory.toPath();
    Files.createDirectories(dir);
    ReportSettings settings = new ReportSettings(true, false, KeywardVersion.get());
    for (ReportFormat format : reportFormats) {
      Path file = dir.resolve("keyward." + format.extension());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.writer().write(result, settings, out);
      }
    }
  }
}

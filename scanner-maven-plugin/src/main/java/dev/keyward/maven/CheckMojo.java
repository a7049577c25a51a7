package dev.keyward.maven;

import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.UsageException;
import dev.keyward.core.report.KeywardVersion;
import dev.keyward.core.report.ReportFiles;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.report.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans the module (its files, and with {@code scanArtifacts} the archives it built) for leaked
 * secrets, writes reports, and fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractKeywardMojo {
  /** Report formats, comma-separated: sarif, json, junit, gitlab, text. */
  @Parameter(property = "keyward.formats", defaultValue = "sarif,json")
  String formats;

  /** Where reports are written ({@code keyward.sarif}, {@code keyward.json}, …). */
  @Parameter(property = "keyward.outputDirectory", defaultValue = "${project.build.directory}/keyward")
  File outputDirectory;

  @Override
  protected void executeMojo() throws MojoExecutionException, MojoFailureException {
    List<ReportFormat> reportFormats = reportFormats();
    ScanRequest request = toRequest(true);
    ScanResult result = scan(request);
    Path reports = reportDirectory();
    try {
      List<Path> written = ReportFiles.writeAll(result, new ReportSettings(true, false, KeywardVersion.get()),
          reportFormats, reports);
      written.forEach(f -> getLog().debug("Keyward report: " + f));
    } catch (IOException e) {
      throw new MojoExecutionException("Keyward: keyward.outputDirectory: " + e.getMessage(), e);
    }
    logWarnings(result);
    getLog().info("Keyward: " + result.summaryLine() + " Reports in " + reports);
    Severity threshold = request.failOn().orElse(result.failOn());
    if (result.failsAt(threshold)) {
      throw new MojoFailureException(FailureMessage.of(result, threshold, reports));
    }
  }

  /** {@link #outputDirectory}; an aggregate scan's default is the top-level project's {@code target/keyward}. */
  private Path reportDirectory() {
    Path dir = outputDirectory.toPath().toAbsolutePath().normalize();
    Path moduleDefault = Path.of(project.getBuild().getDirectory(), "keyward").toAbsolutePath().normalize();
    MavenProject top = session.getTopLevelProject();
    if (aggregate && dir.equals(moduleDefault) && top != null) {
      return Path.of(top.getBuild().getDirectory(), "keyward");
    }
    return dir;
  }

  private List<ReportFormat> reportFormats() throws MojoExecutionException {
    try {
      return ReportFormat.fromList(formats);
    } catch (UsageException e) {
      throw new MojoExecutionException("keyward.formats: " + e.getMessage(), e);
    }
  }
}

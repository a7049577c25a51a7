package dev.keyward.maven;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.UsageException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every Keyward goal shares, and {@code keyward.skip}, handled once in a final
 * {@link #execute()} (as JaCoCo's base mojo does). Subclasses implement {@link #executeMojo()}.
 */
public abstract class AbstractKeywardMojo extends AbstractMojo {
  /** Skip Keyward. */
  @Parameter(property = "keyward.skip", defaultValue = "false")
  boolean skip;

  /**
   * Fail on findings at or above this severity: {@code low}, {@code medium}, {@code high} or
   * {@code critical}. Default: {@code fail-on} in {@code .keyward.yaml}, else {@code low} (any finding).
   */
  @Parameter(property = "keyward.failOn")
  String failOn;

  /**
   * Scan git history instead of the files: {@code false} (the files), {@code all} (every commit
   * reachable from any ref), or a range {@code A..B} (commits in B not in A, e.g.
   * {@code origin/main..HEAD}). In a multi-module build, combine it with {@code aggregate}.
   */
  @Parameter(property = "keyward.history", defaultValue = "false")
  String history;

  /**
   * Baseline file (written by {@code keyward:baseline}): findings it lists are reported as suppressed
   * and do not fail the build. For {@code keyward:baseline}, the file to write (default
   * {@code .keyward-baseline.json} in the scanned directory).
   */
  @Parameter(property = "keyward.baseline")
  File baseline;

  /**
   * Configuration file. Default: {@code .keyward.yaml} in the scanned directory, else in the
   * top-level project's directory, if either exists.
   */
  @Parameter(property = "keyward.config")
  File config;

  /** Scan the built archives (jar, war, ear, zip and the archives nested in them), class files included. */
  @Parameter(property = "keyward.scanArtifacts", defaultValue = "true")
  boolean scanArtifacts;

  /**
   * Scan the whole multi-module tree once, from the top-level directory, after the last module is
   * built (instead of each module its own directory). Not for parallel ({@code -T}) builds.
   */
  @Parameter(property = "keyward.aggregate", defaultValue = "false")
  boolean aggregate;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Keyward skipped (keyward.skip=true)");
      return;
    }
    if (aggregate && !isLastModule()) {
      getLog().info("Keyward: aggregate scan runs once, after the last module of the build");
      return;
    }
    executeMojo();
  }

  protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

  private boolean isLastModule() {
    var projects = session.getProjects();
    return projects.isEmpty() || projects.get(projects.size() - 1).equals(project);
  }

  /** The scan this goal runs, from its parameters; {@code withBaseline} applies {@link #baseline}. */
  ScanRequest toRequest(boolean withBaseline) throws MojoExecutionException {
    Reactor reactor = Reactor.of(session);
    return new RequestMapping(reactor, Reactor.Module.of(project), this).toRequest(withBaseline);
  }

  /** Runs the scan, turning a broken setup into a {@link MojoExecutionException} with its cause. */
  ScanResult scan(ScanRequest request) throws MojoExecutionException {
    try {
      return Keyward.scan(request);
    } catch (ConfigException e) {
      throw new MojoExecutionException("Keyward: invalid configuration: " + e.getMessage(), e);
    } catch (UsageException e) {
      throw new MojoExecutionException("Keyward: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Keyward: cannot read " + request.root() + ": " + e.getMessage(), e);
    }
  }

  /** The directory this goal scans: the module's, or the top-level one when aggregating. */
  Path scanRoot() {
    return aggregate ? Reactor.of(session).rootDirectory() : project.getBasedir().toPath();
  }

  void logWarnings(ScanResult result) {
    result.warnings().forEach(w -> getLog().warn("Keyward: " + w.message()));
  }
}

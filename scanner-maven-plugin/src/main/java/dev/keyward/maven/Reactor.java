package dev.keyward.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * What the goals need to know of the build: the top-level directory and each module's directories
 * and built archives. Taken from the {@link MavenSession}; tests build it directly.
 *
 * @param rootDirectory the top-level project's directory (where {@code .keyward.yaml} lives)
 * @param modules the reactor's modules in build order
 */
record Reactor(Path rootDirectory, List<Module> modules) {
  Reactor {
    Objects.requireNonNull(rootDirectory, "rootDirectory");
    modules = List.copyOf(modules);
  }

  /**
   * @param basedir the module's directory
   * @param buildDirectory its {@code target} directory
   * @param artifacts the files its build has produced so far (main and attached artifacts)
   */
  record Module(Path basedir, Path buildDirectory, List<Path> artifacts) {
    Module {
      Objects.requireNonNull(basedir, "basedir");
      Objects.requireNonNull(buildDirectory, "buildDirectory");
      artifacts = List.copyOf(artifacts);
    }

    static Module of(MavenProject project) {
      List<Path> files = new ArrayList<>();
      addFile(project.getArtifact(), files);
      project.getAttachedArtifacts().forEach(a -> addFile(a, files));
      return new Module(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()), files);
    }

    private static void addFile(Artifact artifact, List<Path> into) {
      File file = artifact == null ? null : artifact.getFile();
      if (file != null && file.isFile()) {
        into.add(file.toPath());
      }
    }
  }

  static Reactor of(MavenSession session) {
    MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject()
        : session.getCurrentProject();
    return new Reactor(top.getBasedir().toPath(), session.getProjects().stream().map(Module::of).toList());
  }
}

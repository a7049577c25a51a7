package dev.keyward.maven;

import dev.keyward.core.ScanMode;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** Parameters → {@link ScanRequest}, and nothing else. A bad value names its {@code keyward.*} property. */
final class RequestMapping {
  static final String DEFAULT_CONFIG = ".keyward.yaml";

  private final Reactor reactor;
  private final Reactor.Module module;
  private final AbstractKeywardMojo p;

  RequestMapping(Reactor reactor, Reactor.Module module, AbstractKeywardMojo parameters) {
    this.reactor = reactor;
    this.module = module;
    this.p = parameters;
  }

  ScanRequest toRequest(boolean withBaseline) throws MojoExecutionException {
    Path root = (p.aggregate ? reactor.rootDirectory() : module.basedir()).toAbsolutePath().normalize();
    ScanRequest.Builder b = ScanRequest.builder(root);
    config(root).ifPresent(b::configFile);
    if (p.failOn != null && !p.failOn.isBlank()) {
      b.failOn(severity(p.failOn));
    }
    if (withBaseline && p.baseline != null) {
      b.baseline(existing(p.baseline, "keyward.baseline", " (record one with `mvn keyward:baseline`)"));
    }
    String history = p.history == null ? "false" : p.history.strip().toLowerCase(Locale.ROOT);
    switch (history) {
      case "", "false" -> b.excludedDirectories(excluded(root)).artifacts(p.scanArtifacts ? artifacts() : List.of());
      case "all", "true" -> b.mode(ScanMode.HISTORY);
      default -> {
        if (!p.history.contains("..")) {
          throw new MojoExecutionException("keyward.history: expected false, all or a range A..B, was '"
              + p.history + "'");
        }
        b.mode(ScanMode.HISTORY).range(p.history);
      }
    }
    return b.build();
  }

  static Severity severity(String name) throws MojoExecutionException {
    try {
      return Severity.fromName(name);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("keyward.failOn: " + e.getMessage(), e);
    }
  }

  private java.util.Optional<Path> config(Path root) throws MojoExecutionException {
    if (p.config != null) {
      return java.util.Optional.of(existing(p.config, "keyward.config", ""));
    }
    if (Files.isRegularFile(root.resolve(DEFAULT_CONFIG))) {
      return java.util.Optional.empty(); // the core reads it from the root
    }
    Path top = reactor.rootDirectory().resolve(DEFAULT_CONFIG);
    return Files.isRegularFile(top) ? java.util.Optional.of(top) : java.util.Optional.empty();
  }

  private static Path existing(File file, String property, String hint) throws MojoExecutionException {
    if (!file.isFile()) {
      throw new MojoExecutionException(property + ": file not found: " + file + hint);
    }
    return file.toPath();
  }

  /** Build output, and (for one module) the directories of modules nested in it, which scan themselves. */
  private List<String> excluded(Path root) {
    List<Path> dirs = new ArrayList<>();
    if (p.aggregate) {
      reactor.modules().forEach(m -> dirs.add(m.buildDirectory()));
    } else {
      dirs.add(module.buildDirectory());
      reactor.modules().stream().map(Reactor.Module::basedir)
          .filter(d -> !d.equals(module.basedir()))
          .forEach(dirs::add);
    }
    return dirs.stream().map(d -> d.toAbsolutePath().normalize())
        .filter(d -> d.startsWith(root) && !d.equals(root))
        .map(d -> root.relativize(d).toString().replace(File.separatorChar, '/') + "/")
        .distinct().sorted().toList();
  }

  private List<Path> artifacts() {
    List<Reactor.Module> modules = p.aggregate ? reactor.modules() : List.of(module);
    return modules.stream().flatMap(m -> m.artifacts().stream())
        .filter(f -> dev.keyward.core.source.archive.ArchiveSource.isArchive(f.getFileName().toString()))
        .distinct().toList();
  }
}

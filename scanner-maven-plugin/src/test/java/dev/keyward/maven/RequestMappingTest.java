package dev.keyward.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanMode;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestMappingTest {
  @TempDir Path top;
  private Reactor.Module parent;
  private Reactor.Module app;
  private Reactor reactor;
  private final CheckMojo mojo = new CheckMojo();

  @BeforeEach
  void setUp() throws Exception {
    Path appJar = Files.createDirectories(top.resolve("app/target")).resolve("app-1.0.jar");
    Files.write(appJar, new byte[] {0});
    Path pom = top.resolve("app/target/app-1.0.pom");
    Files.write(pom, new byte[] {0});
    parent = new Reactor.Module(top, top.resolve("target"), List.of());
    app = new Reactor.Module(top.resolve("app"), top.resolve("app/target"), List.of(appJar, pom));
    reactor = new Reactor(top, List.of(parent, app));
    mojo.history = "false";
    mojo.scanArtifacts = true;
  }

  private ScanRequest request(Reactor.Module module) throws MojoExecutionException {
    return new RequestMapping(reactor, module, mojo).toRequest(true);
  }

  @Test
  void toRequest_defaults_moduleDirWithoutBuildOutputPlusItsArchives() throws Exception {
    ScanRequest r = request(app);
    assertEquals(top.resolve("app"), r.root());
    assertEquals(ScanMode.WORKING_TREE, r.mode());
    assertEquals(List.of("target/"), r.excludedDirectories());
    assertEquals(List.of(top.resolve("app/target/app-1.0.jar")), r.artifacts());
    assertEquals(Optional.empty(), r.failOn());
    assertEquals(Optional.empty(), r.baseline());
    assertEquals(Optional.empty(), r.configFile());
  }

  @Test
  void toRequest_parentModule_leavesNestedModulesToThemselves() throws Exception {
    assertEquals(List.of("app/", "target/"), request(parent).excludedDirectories());
  }

  @Test
  void toRequest_aggregate_scansTopOnceWithEveryArchive() throws Exception {
    mojo.aggregate = true;
    ScanRequest r = request(app);
    assertEquals(top, r.root());
    assertEquals(List.of("app/target/", "target/"), r.excludedDirectories());
    assertEquals(List.of(top.resolve("app/target/app-1.0.jar")), r.artifacts());
  }

  @Test
  void toRequest_scanArtifactsFalse_noArchives() throws Exception {
    mojo.scanArtifacts = false;
    assertEquals(List.of(), request(app).artifacts());
  }

  @Test
  void toRequest_failOn_parsedAnyCase() throws Exception {
    mojo.failOn = "Critical";
    assertEquals(Optional.of(Severity.CRITICAL), request(app).failOn());
  }

  @Test
  void toRequest_badFailOn_namesTheProperty() {
    mojo.failOn = "severe";
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> request(app));
    assertTrue(e.getMessage().startsWith("keyward.failOn: unknown severity 'severe'"), e.getMessage());
  }

  @Test
  void toRequest_history_allAndRange() throws Exception {
    mojo.history = "all";
    assertEquals(ScanMode.HISTORY, request(app).mode());
    assertEquals(Optional.empty(), request(app).range());
    mojo.history = "origin/main..HEAD";
    assertEquals(Optional.of("origin/main..HEAD"), request(app).range());
    mojo.history = "sometimes";
    assertTrue(assertThrows(MojoExecutionException.class, () -> request(app)).getMessage()
        .startsWith("keyward.history: expected false, all or a range A..B"));
  }

  @Test
  void toRequest_configAtTopLevel_usedByModules() throws Exception {
    Path config = Files.writeString(top.resolve(".keyward.yaml"), "fail-on: high\n");
    assertEquals(Optional.of(config), request(app).configFile());
    Files.writeString(top.resolve("app/.keyward.yaml"), "fail-on: low\n");
    assertEquals(Optional.empty(), request(app).configFile(), "the module's own file wins, read by the core");
  }

  @Test
  void toRequest_missingConfigOrBaseline_namesThePropertyAndFile() {
    mojo.config = new File(top.toFile(), "nope.yaml");
    assertTrue(assertThrows(MojoExecutionException.class, () -> request(app)).getMessage()
        .startsWith("keyward.config: file not found: "));
    mojo.config = null;
    mojo.baseline = new File(top.toFile(), "missing.json");
    assertTrue(assertThrows(MojoExecutionException.class, () -> request(app)).getMessage()
        .endsWith("missing.json (record one with `mvn keyward:baseline`)"));
  }

  @Test
  void toRequest_baselineGoal_ignoresTheOldBaseline() throws Exception {
    mojo.baseline = Files.writeString(top.resolve("b.json"), "{}").toFile();
    assertEquals(Optional.of(top.resolve("b.json")), request(app).baseline());
    assertEquals(Optional.empty(), new RequestMapping(reactor, app, mojo).toRequest(false).baseline());
  }
}

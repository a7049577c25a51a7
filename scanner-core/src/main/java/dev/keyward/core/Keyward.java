package dev.keyward.core;

import dev.keyward.core.config.ConfigLoader;
import dev.keyward.core.config.KeywardConfig;
import dev.keyward.core.engine.DecodeLimits;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.policy.Policies;
import dev.keyward.core.policy.Policy;
import dev.keyward.core.policy.PolicyScan;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.Source;
import dev.keyward.core.source.archive.ArtifactScan;
import dev.keyward.core.source.fs.WorkingTreeSource;
import dev.keyward.core.source.git.GitRepositories;
import dev.keyward.core.source.git.HistorySource;
import dev.keyward.core.source.git.IndexSource;
import dev.keyward.core.structured.StructuredStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/** The entry point: {@code Keyward.scan(request)}. The CLI and the Maven plugin call only this. */
public final class Keyward {
  private Keyward() {}

  /**
   * Scans what the request names: a working tree, git history, or what is staged.
   *
   * @throws UsageException the root does not exist, is not a repository (for git scans), a revision
   *     is unknown, or no rules are loaded
   * @throws ConfigException a rule or configuration file is invalid
   * @throws IOException the root cannot be read at all
   */
  public static ScanResult scan(ScanRequest request) throws UsageException, ConfigException, IOException {
    Path root = existingRoot(request);
    if (request.mode() == ScanMode.WORKING_TREE) {
      Path reportRoot = Files.isDirectory(root) ? root : root.getParent();
      return run(request, reportRoot, config -> workingTree(request, root, config));
    }
    try (Repository repo = GitRepositories.open(root)) {
      Path reportRoot = GitRepositories.root(repo);
      if (request.mode() == ScanMode.STAGED) {
        return run(request, reportRoot, config -> new Plan(new IndexSource(repo, request.limits())));
      }
      HistorySource history = HistorySource.of(repo, request.range(), request.branch(), request.limits(),
          request.threads());
      return run(request, reportRoot, config -> new Plan(history, history::envFileFindings, List::of,
          history::commits));
    }
  }

  /** A working tree, with the policy checks riding along its walk (not for a single file). */
  private static Plan workingTree(ScanRequest request, Path root, KeywardConfig config) throws IOException {
    WorkingTreeSource files = new WorkingTreeSource(root, request.useGitignore(), request.limits(),
        request.threads()).withUser(request.user());
    Path reportRoot = Files.isDirectory(root) ? root : root.getParent();
    if (!Files.isDirectory(root)) {
      return new Plan(withArtifacts(request, files, reportRoot));
    }
    PolicyScan policies = PolicyScan.of(root, Policies.enabled(config.policies(), config.disabledRules()),
        config.allowlist());
    return new Plan(withArtifacts(request, files.withListener(policies), reportRoot), policies::findings,
        policies::warnings, () -> 0L);
  }

  /** The working tree, less excluded build directories, plus the entries of the built artifacts. */
  private static Source withArtifacts(ScanRequest request, WorkingTreeSource files, Path reportRoot) {
    return ArtifactScan.of(files, reportRoot, request.excludedDirectories(), request.artifacts());
  }

  /**
   * What a scan reads, and what it learns besides rule matches (policy findings and warnings, the
   * commit count), read after the source is done.
   */
  private record Plan(Source source, Supplier<List<Finding>> policyFindings,
      Supplier<List<ScanWarning>> policyWarnings, LongSupplier commits) {
    Plan(Source source) {
      this(source, List::of, List::of, () -> 0L);
    }
  }

  /** Makes the plan once the configuration is known. */
  @FunctionalInterface
  private interface Planner {
    Plan plan(KeywardConfig config) throws UsageException, IOException;
  }

  /** Runs one plan through the engine, the policies, the allowlists and the baseline. */
  private static ScanResult run(ScanRequest request, Path reportRoot, Planner planner)
      throws UsageException, ConfigException, IOException {
    RulePack base = baseRules(request);
    KeywardConfig config = config(request, reportRoot, base);
    RulePack rules = effective(base, config);
    Plan plan = planner.plan(config);
    long start = System.nanoTime();
    Set<String> ruleIds = rules.rules().stream().map(Rule::id).collect(Collectors.toSet());
    boolean muchText = request.mode() != ScanMode.STAGED;
    ScanCollector collector = new ScanCollector(new Engine(rules, DecodeLimits.defaults(), muchText),
        StructuredStage.of(rules), new FindingFactory(request.limits()), config.allowlist(), request.inlineAllow(),
        ruleIds);
    request.progress().started(() -> collector.progress(unit(request.mode())));
    try {
      plan.source().scan(collector);
    } finally {
      request.progress().finished();
    }
    plan.policyFindings().get().stream().filter(f -> !config.disabledRules().contains(f.ruleId()))
        .forEach(collector::add);
    List<ScanWarning> warnings = new ArrayList<>(collector.warnings());
    warnings.addAll(plan.policyWarnings().get());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return Suppressions.apply(request, config, new ScanResult(reportRoot, collector.findings(), warnings,
        collector.stats(elapsed, plan.commits().getAsLong()), rules, collector.suppressed(),
        request.failOn().orElse(config.failOn())));
  }

  private static String unit(ScanMode mode) {
    return mode == ScanMode.HISTORY ? "blobs" : "files";
  }

  /** The rules a scan with this request would run (built-in or given, plus configuration). */
  public static RulePack rules(ScanRequest request) throws ConfigException {
    return rules(request, configRoot(request));
  }

  private static RulePack rules(ScanRequest request, Path configRoot) throws ConfigException {
    RulePack base = baseRules(request);
    return effective(base, config(request, configRoot, base));
  }

  private static RulePack effective(RulePack base, KeywardConfig config) throws ConfigException {
    RulePack rules = base.with(config.rules(), config.disabledRules());
    if (rules.isEmpty() && base.isEmpty()) {
      throw new ConfigException(RulePack.BUILTIN_INDEX, 0, 0, "no rules to run: the default rule pack is not on "
          + "the class path and the configuration adds none");
    }
    return rules;
  }

  private static Path existingRoot(ScanRequest request) throws UsageException {
    Path root = request.root().toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw new UsageException("path does not exist: " + request.root());
    }
    if (!Files.isDirectory(root) && !Files.isRegularFile(root)) {
      throw new UsageException("not a directory or regular file: " + request.root());
    }
    return root;
  }

  /** The policies a scan with this request would run (configured, minus the disabled ones). */
  public static List<Policy> policies(ScanRequest request) throws ConfigException {
    KeywardConfig config = config(request);
    return Policies.enabled(config.policies(), config.disabledRules());
  }

  /** The effective configuration a scan with this request would use ({@code keyward config --print}). */
  public static KeywardConfig config(ScanRequest request) throws ConfigException {
    return config(request, configRoot(request), baseRules(request));
  }

  /** Where {@code .keyward.yaml} is looked for: the scanned directory, or a scanned file's directory. */
  private static Path configRoot(ScanRequest request) {
    Path root = request.root().toAbsolutePath().normalize();
    return Files.isDirectory(root) || !Files.exists(root) ? root : root.getParent();
  }

  private static RulePack baseRules(ScanRequest request) throws ConfigException {
    Optional<RulePack> given = request.rules();
    return given.isPresent() ? given.get() : RulePack.builtin();
  }

  private static KeywardConfig config(ScanRequest request, Path configRoot, RulePack base) throws ConfigException {
    if (request.configFile().isPresent()) {
      return ConfigLoader.load(request.configFile().get(), base);
    }
    Path implicit = configRoot.resolve(ConfigLoader.DEFAULT_FILE);
    if (Files.isRegularFile(implicit, LinkOption.NOFOLLOW_LINKS)) {
      return ConfigLoader.load(implicit, base);
    }
    return KeywardConfig.empty();
  }
}

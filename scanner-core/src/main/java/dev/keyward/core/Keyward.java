package dev.keyward.core;

import dev.keyward.core.config.ConfigLoader;
import dev.keyward.core.config.KeywardConfig;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.policy.Policies;
import dev.keyward.core.policy.Policy;
import dev.keyward.core.policy.PolicyScan;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.fs.WorkingTreeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The entry point: {@code Keyward.scan(request)}. The CLI and the Maven plugin call only this. */
public final class Keyward {
  private Keyward() {}

  /**
   * Scans the request's working tree.
   *
   * @throws UsageException the root does not exist or no rules are loaded
   * @throws ConfigException a rule or configuration file is invalid
   * @throws IOException the root cannot be read at all
   */
  public static ScanResult scan(ScanRequest request) throws UsageException, ConfigException, IOException {
    Path root = request.root().toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw new UsageException("path does not exist: " + request.root());
    }
    if (!Files.isDirectory(root) && !Files.isRegularFile(root)) {
      throw new UsageException("not a directory or regular file: " + request.root());
    }
    RulePack rules = effectiveRules(request, root);
    KeywardConfig config = config(request, root, rules);
    rules = rules.with(config.rules(), config.disabledRules());
    if (rules.isEmpty()) {
      throw new UsageException("no rules to run: the default rule pack is not on the class path "
          + "and the configuration adds none");
    }
    long start = System.nanoTime();
    ScanCollector collector = new ScanCollector(new Engine(rules), new FindingFactory(request.limits()),
        config.allowlist());
    PolicyScan policies = policyScan(root, config);
    new WorkingTreeSource(root, request.useGitignore(), request.limits(), request.threads())
        .withUser(request.user()).withListener(policies).scan(collector);
    java.time.Duration elapsed = java.time.Duration.ofNanos(System.nanoTime() - start);
    Path reportRoot = Files.isDirectory(root) ? root : root.getParent();
    return new ScanResult(reportRoot, policies.addFindingsTo(collector.findings()),
        policies.addWarningsTo(collector.warnings()), collector.stats(elapsed), rules);
  }

  /** The policy checks of a working-tree scan: they ride along the walk as its listener. */
  private static PolicyScan policyScan(Path root, KeywardConfig config) throws IOException {
    return PolicyScan.of(root, Policies.enabled(config.policies(), config.disabledRules()), config.allowlist());
  }

  /** The policies a scan with this request would run (configured, minus the disabled ones). */
  public static List<Policy> policies(ScanRequest request) throws ConfigException {
    Path root = request.root().toAbsolutePath().normalize();
    KeywardConfig config = config(request, root, effectiveRules(request, root));
    return Policies.enabled(config.policies(), config.disabledRules());
  }

  /** The rules a scan with this request would run (built-in or given, plus configuration). */
  public static RulePack rules(ScanRequest request) throws ConfigException {
    Path root = request.root().toAbsolutePath().normalize();
    RulePack rules = effectiveRules(request, root);
    KeywardConfig config = config(request, root, rules);
    return rules.with(config.rules(), config.disabledRules());
  }

  private static RulePack effectiveRules(ScanRequest request, Path root) throws ConfigException {
    Optional<RulePack> given = request.rules();
    return given.isPresent() ? given.get() : RulePack.builtin();
  }

  private static KeywardConfig config(ScanRequest request, Path root, RulePack base) throws ConfigException {
    if (request.configFile().isPresent()) {
      return ConfigLoader.load(request.configFile().get(), base);
    }
    Path implicit = (Files.isDirectory(root) ? root : root.getParent()).resolve(ConfigLoader.DEFAULT_FILE);
    if (Files.isRegularFile(implicit, LinkOption.NOFOLLOW_LINKS)) {
      return ConfigLoader.load(implicit, base);
    }
    return KeywardConfig.empty();
  }
}

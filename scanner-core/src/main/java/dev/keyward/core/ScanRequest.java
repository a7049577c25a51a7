package dev.keyward.core;

import dev.keyward.core.rule.RulePack;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What to scan and how. Build with {@link #builder(Path)}; immutable. */
public final class ScanRequest {
  private final Path root;
  private final Path configFile;
  private final boolean useGitignore;
  private final ScanLimits limits;
  private final int threads;
  private final RulePack rules;
  private final UserEnvironment user;

  private ScanRequest(Builder b) {
    this.user = b.user;
    this.root = b.root;
    this.configFile = b.configFile;
    this.useGitignore = b.useGitignore;
    this.limits = b.limits;
    this.threads = b.threads;
    this.rules = b.rules;
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** The directory (or single file) to scan. */
  public Path root() {
    return root;
  }

  /** An explicit configuration file; without one, {@code .keyward.yaml} at the root is used if present. */
  public Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  public boolean useGitignore() {
    return useGitignore;
  }

  public ScanLimits limits() {
    return limits;
  }

  public int threads() {
    return threads;
  }

  /** The base rule pack; without one, the built-in pack from the class path. */
  public Optional<RulePack> rules() {
    return Optional.ofNullable(rules);
  }

  /** The user whose global git configuration counts ({@code core.excludesFile}); by default the current one. */
  public UserEnvironment user() {
    return user;
  }

  /** Builds a {@link ScanRequest}, failing early with the name of a bad setting. */
  public static final class Builder {
    private final Path root;
    private Path configFile;
    private boolean useGitignore = true;
    private ScanLimits limits = ScanLimits.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();
    private RulePack rules;
    private UserEnvironment user = UserEnvironment.current();

    private Builder(Path root) {
      this.root = Objects.requireNonNull(root, "root");
    }

    public Builder configFile(Path file) {
      this.configFile = Objects.requireNonNull(file, "configFile");
      return this;
    }

    public Builder useGitignore(boolean use) {
      this.useGitignore = use;
      return this;
    }

    public Builder limits(ScanLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder rules(RulePack rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    public Builder user(UserEnvironment user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(this);
    }
  }
}

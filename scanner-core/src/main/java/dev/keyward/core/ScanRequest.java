package dev.keyward.core;

import dev.keyward.core.rule.RulePack;
import java.nio.file.Path;
import java.util.List;
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
  private final ScanMode mode;
  private final String range;
  private final String branch;
  private final boolean inlineAllow;
  private final Path baseline;
  private final boolean updateBaseline;
  private final Severity failOn;
  private final UserEnvironment user;
  private final List<Path> artifacts;
  private final List<String> excludedDirectories;
  private final ProgressListener progress;

  private ScanRequest(Builder b) {
    this.progress = b.progress;
    this.artifacts = List.copyOf(b.artifacts);
    this.excludedDirectories = List.copyOf(b.excludedDirectories);
    this.inlineAllow = b.inlineAllow;
    this.baseline = b.baseline;
    this.updateBaseline = b.updateBaseline;
    this.failOn = b.failOn;
    if (updateBaseline && baseline == null) {
      throw new IllegalArgumentException("updateBaseline needs a baseline file");
    }
    this.user = b.user;
    this.root = b.root;
    this.configFile = b.configFile;
    this.useGitignore = b.useGitignore;
    this.limits = b.limits;
    this.threads = b.threads;
    this.rules = b.rules;
    this.mode = b.mode;
    this.range = b.range;
    this.branch = b.branch;
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

  public ScanMode mode() {
    return mode;
  }

  /**
   * For history: the commits to scan as {@code A..B} (in B, not in A) or {@code A} alone (A..HEAD).
   * Empty: every commit reachable from the refs.
   */
  public Optional<String> range() {
    return Optional.ofNullable(range);
  }

  /** For history: walk only from this ref (instead of all refs). */
  public Optional<String> branch() {
    return Optional.ofNullable(branch);
  }

  /** Whether {@code keyward:allow} comments suppress findings (off for {@code --no-inline-allow}). */
  public boolean inlineAllow() {
    return inlineAllow;
  }

  /** The baseline file: findings it lists are suppressed. */
  public Optional<Path> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** Rewrite the baseline after the scan, pruning entries that no longer occur (adding none). */
  public boolean updateBaseline() {
    return updateBaseline;
  }

  /** An explicit failure threshold; without one, the configuration's {@code fail-on}, else low. */
  public Optional<Severity> failOn() {
    return Optional.ofNullable(failOn);
  }

  /** The user whose global git configuration counts ({@code core.excludesFile}); by default the current one. */
  public UserEnvironment user() {
    return user;
  }

  /** For working-tree scans: built archives (jar, war, ear, zip) whose entries are scanned too. */
  public List<Path> artifacts() {
    return artifacts;
  }

  /**
   * For working-tree scans: directories, relative to the root with forward slashes and a trailing
   * slash ({@code target/}), whose files are left out (build output that the artifacts cover).
   */
  public List<String> excludedDirectories() {
    return excludedDirectories;
  }

  /** Who watches the scan's progress; {@link ProgressListener#NONE} unless set. */
  public ProgressListener progress() {
    return progress;
  }

  /** Builds a {@link ScanRequest}, failing early with the name of a bad setting. */
  public static final class Builder {
    private final Path root;
    private Path configFile;
    private boolean useGitignore = true;
    private ScanLimits limits = ScanLimits.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();
    private RulePack rules;
    private ScanMode mode = ScanMode.WORKING_TREE;
    private String range;
    private String branch;
    private boolean inlineAllow = true;
    private Path baseline;
    private boolean updateBaseline;
    private Severity failOn;
    private UserEnvironment user = UserEnvironment.current();
    private List<Path> artifacts = List.of();
    private List<String> excludedDirectories = List.of();
    private ProgressListener progress = ProgressListener.NONE;

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

    public Builder mode(ScanMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** {@code A..B}, or a single revision meaning {@code REV..HEAD}. */
    public Builder range(String range) {
      if (range.isBlank()) {
        throw new IllegalArgumentException("range must not be blank");
      }
      this.range = range.strip();
      return this;
    }

    public Builder branch(String branch) {
      if (branch.isBlank()) {
        throw new IllegalArgumentException("branch must not be blank");
      }
      this.branch = branch.strip();
      return this;
    }

    public Builder inlineAllow(boolean honour) {
      this.inlineAllow = honour;
      return this;
    }

    public Builder baseline(Path file) {
      this.baseline = Objects.requireNonNull(file, "baseline");
      return this;
    }

    /** Requires {@link #baseline(Path)}. */
    public Builder updateBaseline(boolean update) {
      this.updateBaseline = update;
      return this;
    }

    public Builder failOn(Severity threshold) {
      this.failOn = Objects.requireNonNull(threshold, "failOn");
      return this;
    }

    public Builder user(UserEnvironment user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    public Builder artifacts(List<Path> archives) {
      this.artifacts = List.copyOf(archives);
      return this;
    }

    /** @param directories relative paths such as {@code target/} (a missing trailing slash is added) */
    public Builder excludedDirectories(List<String> directories) {
      this.excludedDirectories = directories.stream().map(d -> d.endsWith("/") ? d : d + "/").toList();
      return this;
    }

    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "progress");
      return this;
    }

    public ScanRequest build() {
      if ((range != null || branch != null) && mode != ScanMode.HISTORY) {
        throw new IllegalArgumentException("a range or branch applies only to history scans");
      }
      return new ScanRequest(this);
    }
  }
}

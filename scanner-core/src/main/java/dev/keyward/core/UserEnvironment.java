package dev.keyward.core;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user a check runs for: the home directory and the environment variables. Injected, so that
 * tests (and {@code keyward doctor} on a fake home) never read the real user's files.
 *
 * @param home the home directory ({@code ~})
 * @param variables the environment, e.g. {@code CLAUDE_CONFIG_DIR}, {@code XDG_CONFIG_HOME}
 */
public record UserEnvironment(Path home, Map<String, String> variables) {
  public UserEnvironment {
    requireNonNull(home, "home");
    variables = Map.copyOf(variables);
  }

  /** The user running this process: {@code user.home} and {@link System#getenv()}. */
  public static UserEnvironment current() {
    return new UserEnvironment(Path.of(System.getProperty("user.home")), System.getenv());
  }

  /** A variable's value, empty when unset or blank. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
  }

  /** Never prints the variables: the environment may hold keys. */
  @Override
  public String toString() {
    return "UserEnvironment[home=" + home + ", " + variables.size() + " variables]";
  }
}

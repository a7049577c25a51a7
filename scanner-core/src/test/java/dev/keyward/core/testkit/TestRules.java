package dev.keyward.core.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;

/** The small rule pack core's tests use (invented prefixes, so nothing key-shaped is committed). */
public final class TestRules {
  private TestRules() {}

  public static RulePack pack() {
    try (InputStream in = TestRules.class.getResourceAsStream("/dev/keyward/core/test-rules.yaml")) {
      return RulePack.of(RuleLoader.read(new InputStreamReader(in, UTF_8), "test-rules.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh test token for {@code seed}. */
  public static String token(long seed) {
    return FakeKeys.expand("kwtest_{b62:32}", seed).text();
  }
}

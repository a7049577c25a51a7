package dev.keyward.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.TestRules;
import java.io.StringReader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private final RulePack builtin = TestRules.pack();

  private KeywardConfig read(String yaml) throws ConfigException {
    return ConfigLoader.read(new StringReader(yaml), ".keyward.yaml", builtin);
  }

  @Test
  void read_allSections() throws ConfigException {
    KeywardConfig c = read("""
        disable: [test-password]
        allowlist:
          paths: ['docs/**']
          stopwords: [fixture]
        rules:
          - id: team-token
            title: Team token
            severity: low
            keywords: [team_]
            regex: '(?<secret>team_[0-9]{10})'
        """);
    assertEquals(Set.of("test-password"), c.disabledRules());
    assertTrue(c.allowlist().allowsPath("docs/setup/install.md"));
    assertTrue(c.allowlist().allowsSecret("my-FIXTURE-value"));
    RulePack effective = builtin.with(c.rules(), c.disabledRules());
    assertTrue(effective.byId("team-token").isPresent());
    assertTrue(effective.byId("test-password").isEmpty());
  }

  @Test
  void read_emptyFile_isEmptyConfig() throws ConfigException {
    assertTrue(read("").rules().isEmpty());
  }

  @Test
  void read_disableUnknownRule_namesLine() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("\n\ndisable: [no-such-rule]\n"));
    assertEquals(".keyward.yaml:3: disable: no rule or policy has the id 'no-such-rule' (see `keyward rules`)", e.getMessage());
  }

  @Test
  void read_unknownTopLevelKey_listsKnownKeys() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("allowlist: {}\nignore: [x]\n"));
    assertEquals(".keyward.yaml:2: unknown key 'ignore' (known keys: allowlist, disable, fail-on, policies, rules)", e.getMessage());
  }

  @Test
  void read_badAllowlistRegex_namesLine() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("allowlist:\n  regexes: ['(']\n"));
    assertTrue(e.getMessage().startsWith(".keyward.yaml:2: allowlist regex does not compile"),
        e.getMessage());
  }

  @Test
  void read_allowlistTypo_namesKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("allowlist:\n  path: [x]\n"));
    assertTrue(e.getMessage().contains("unknown key 'path'"), e.getMessage());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void read_failOnAndFingerprints() throws ConfigException {
    KeywardConfig c = read("""
        fail-on: high
        allowlist:
          fingerprints: [0123456789abcdef0123456789abcdef]
        policies: {}
        """);
    assertEquals(Severity.HIGH, c.failOn());
    assertEquals(Set.of("0123456789abcdef0123456789abcdef"),
        c.allowlist().fingerprints().stream().map(Fingerprint::value).collect(Collectors.toSet()));
  }

  @Test
  void read_noFailOn_low() throws ConfigException {
    assertEquals(Severity.LOW, read("disable: []\n").failOn());
  }

  @Test
  void read_invalidFailOn_namesFileLineAndKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("disable: []\nfail-on: severe\n"));
    assertEquals(".keyward.yaml:2: fail-on: unknown severity 'severe' (expected low, medium, high or critical)",
        e.getMessage());
  }

  @Test
  void read_camelCaseFailOn_unknownKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("failOn: high\n"));
    assertTrue(e.getMessage().startsWith(".keyward.yaml:1: unknown key 'failOn'"), e.getMessage());
  }

  @Test
  void read_invalidFingerprint_namesLine() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> read("rules: []\nallowlist:\n  fingerprints: [not-hex]\n"));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("fingerprint 'not-hex' is not 32 lower-case hex digits"), e.getMessage());
  }

  @Test
  void read_unknownAllowlistKey_namesLineAndKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> read("allowlist:\n  paths: []\n  fingerprint: []\n"));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("unknown key 'fingerprint'"), e.getMessage());
  }

  @Test
  void read_unknownPolicySetting_namesKnownOnes() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("\npolicies:\n  env-files: off\n"));
    assertEquals(".keyward.yaml:3: policies: unknown key 'env-files' (expected credential-files or extra-credential-files)",
        e.getMessage());
  }

  @Test
  void read_fingerprintsInARule_rejected() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("""
        rules:
          - id: team-token
            title: Team token
            severity: low
            keywords: [team_]
            regex: '(?<secret>team_[0-9]{10})'
            allowlist:
              fingerprints: [0123456789abcdef0123456789abcdef]
        """));
    assertTrue(e.getMessage().contains("fingerprints belong in the top-level allowlist"), e.getMessage());
  }
}

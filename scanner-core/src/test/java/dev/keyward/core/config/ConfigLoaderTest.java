package dev.keyward.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.TestRules;
import java.io.StringReader;
import java.util.Set;
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
    assertEquals(".keyward.yaml:2: unknown key 'ignore' (known keys: allowlist, disable, policies, rules)", e.getMessage());
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
}

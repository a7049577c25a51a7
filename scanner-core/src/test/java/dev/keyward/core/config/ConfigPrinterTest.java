package dev.keyward.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.testkit.Golden;
import dev.keyward.core.testkit.TestRules;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConfigPrinterTest {
  private static final String CONFIG = """
      fail-on: high
      disable: [test-password, test-block]
      allowlist:
        paths: ['docs/**', 'build/']
        stopwords: [dummy]
        regexes: ['^it''s-fine-']
        fingerprints: [ffffffffffffffffffffffffffffffff, 0123456789abcdef0123456789abcdef]
      rules:
        - id: team-token
          title: Team token
          severity: low
          keywords: [team_]
          regex: '(?<secret>team_[0-9]{10})'
          entropy: 2.5
          allowlist:
            stopwords: [example]
          references: [https://example.invalid/team]
      """;

  private final RulePack builtin = TestRules.pack();

  private KeywardConfig read(String yaml) throws ConfigException {
    return ConfigLoader.read(new StringReader(yaml), ".keyward.yaml", builtin);
  }

  @Test
  void print_matchesGolden() throws ConfigException {
    Golden.assertMatches("config/effective.yaml", ConfigPrinter.print(read(CONFIG)));
  }

  @Test
  void print_readBack_printsTheSame() throws ConfigException {
    String printed = ConfigPrinter.print(read(CONFIG));
    assertEquals(printed, ConfigPrinter.print(read(printed)));
  }

  @Test
  void print_catchAllRule_printedAndReadBack() throws ConfigException {
    String yaml = """
        rules:
          - id: team-secret
            title: Team secret
            severity: medium
            catch-all: true
            keywords: [team_secret]
            regex: 'team_secret=(?<secret>[a-z0-9]{20})'
            references: [https://example.invalid/team]
        """;
    String printed = ConfigPrinter.print(read(yaml));
    assertTrue(printed.contains("    catch-all: true\n"), printed);
    assertTrue(read(printed).rules().get(0).catchAll());
  }

  @Test
  void print_empty_allKeysWithDefaults() {
    String printed = ConfigPrinter.print(KeywardConfig.empty());
    assertTrue(printed.startsWith("""
        # effective configuration; read from (none)
        fail-on: low
        disable: []
        allowlist:
          paths: []
          regexes: []
          stopwords: []
          fingerprints: []
        policies:
          credential-files:
        """), printed);
    assertTrue(printed.contains("    - '.env'\n"), printed);
    assertTrue(printed.endsWith("rules: []\n"), printed);
  }

  @Test
  void print_structuredRule_filesAndKeyPathsReadBack() throws ConfigException {
    String yaml = """
        rules:
          - id: app-db-password
            title: App database password
            severity: high
            files: ['application*.properties']
            key-paths: [app.db.password, '**.*secret']
            regex: 'db_(?<secret>[a-z0-9]{8,})'
            companion-files: ['*.p12']
            references: [https://example.invalid/app]
        """;
    String printed = ConfigPrinter.print(read(yaml));
    assertTrue(printed.contains("""
            files: ['application*.properties']
            key-paths: ['**.*secret', 'app.db.password']
            regex: 'db_(?<secret>[a-z0-9]{8,})'
            companion-files: ['*.p12']
        """), printed);
    assertTrue(!printed.contains("keywords:"), printed);
    assertEquals(printed, ConfigPrinter.print(read(printed)));
  }
}

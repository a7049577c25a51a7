package dev.keyward.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured rules ({@code files}, {@code key-paths}) and example files, as the rule loader reads them. */
class StructuredRuleLoaderTest {
  private static final String GOOD = """
      rules:
        - id: other-rule
          title: Other
          severity: low
          keywords: [other_]
          regex: '(?<secret>other_[a-z]{9})'
          references: ['https://example.invalid/other']
        - id: app-db-password
          title: App database password
          severity: high
          files: ['application*.properties', '**/conf/app.yml']
          key-paths: [app.db.password, 'app.clients.*.secret']
          companion-files: ['*.p12']
          references: ['https://example.invalid/app']
          examples:
            - file: src/application-dev.properties
              text: 'app.db.password=«{b62:12}»'
            - file: svc/conf/app.yml
              text: "app:\\n  db:\\n    password: «{b62:12}»"
          negatives:
            - 'app.db.password={b62:12}'
      """;

  private static ConfigException error(String yaml) {
    return assertThrows(ConfigException.class, () -> RuleLoader.read(yaml, "bad.yaml"));
  }

  @Test
  void read_structuredRule_compiled() throws ConfigException {
    Rule r = RuleLoader.read(GOOD, "good.yaml").get(1);
    assertTrue(r.structured());
    assertEquals(List.of(), r.keywords());
    assertEquals(List.of("app.db.password", "app.clients.*.secret"), r.keyPaths().stream().map(KeyPath::toString).toList());
    assertTrue(r.readsFile("a/b/application-prod.properties"));
    assertTrue(r.readsFile("svc/conf/app.yml"));
    assertFalse(r.readsFile("svc/app.yml"));
    assertTrue(r.isCompanion("src/main/resources/server.p12"));
    assertEquals(new Example("svc/conf/app.yml", "app:\n  db:\n    password: «{b62:12}»"), r.exampleCases().get(1));
    assertEquals(new Example(Example.DEFAULT_FILE, "app.db.password={b62:12}"), r.negativeCases().get(0));
    assertEquals(List.of("app.db.password={b62:12}"), r.negatives());
    assertFalse(RuleLoader.read(GOOD, "good.yaml").get(0).structured());
  }

  @Test
  void read_keyPathsWithoutFiles_namesRuleAndLine() {
    assertEquals("bad.yaml:8: rule 'app-db-password': a structured rule needs both 'files' (which files to parse) "
        + "and 'key-paths' (which values are secrets)",
        error(GOOD.replace("    files: ['application*.properties', '**/conf/app.yml']\n", "")).getMessage());
  }

  @Test
  void read_badKeyPath_namesRuleAndLine() {
    assertEquals("bad.yaml:8: rule 'app-db-password': key path 'app..password' has an empty segment",
        error(GOOD.replace("[app.db.password,", "[app..password,")).getMessage());
  }

  @Test
  void read_fileWithoutAParsableExtension_rejected() {
    assertEquals("bad.yaml:8: rule 'app-db-password': files: 'Dockerfile' must end in .json, .yml, .yaml, "
        + ".properties, .xml: the extension picks the parser",
        error(GOOD.replace("'**/conf/app.yml'", "'Dockerfile'")).getMessage());
  }

  @Test
  void read_keywordsOrWindowOnAStructuredRule_rejected() {
    assertTrue(error(GOOD.replace("    key-paths:", "    keywords: [app_db]\n    key-paths:")).getMessage()
        .endsWith("a structured rule has no 'keywords': its files and key-paths select what it reads"));
    assertTrue(error(GOOD.replace("    key-paths:", "    window: 64\n    key-paths:")).getMessage()
        .contains("bad.yaml:8: rule 'app-db-password': 'window' and 'multiline' are for regex rules"));
  }

  @Test
  void read_exampleInAFileTheRuleDoesNotRead_rejected() {
    assertEquals("bad.yaml:8: rule 'app-db-password': example 2: file 'svc/app.yml' is not one of the rule's "
        + "files [application*.properties, **/conf/app.yml]",
        error(GOOD.replace("file: svc/conf/app.yml", "file: svc/app.yml")).getMessage());
  }

  @Test
  void read_exampleMappingTypoOrAbsolutePath_rejected() {
    ConfigException typo = error(GOOD.replace("file: svc/conf/app.yml", "fiel: svc/conf/app.yml"));
    assertEquals(18, typo.line().orElseThrow(), typo.getMessage());
    assertTrue(typo.getMessage().contains("'fiel'"), typo.getMessage());
    assertTrue(error(GOOD.replace("file: svc/conf/app.yml", "file: /svc/conf/app.yml")).getMessage()
        .endsWith("example 2: file '/svc/conf/app.yml' must be a relative path with forward slashes"));
  }

  @Test
  void read_badValueRegexOrCompanionGlob_rejected() {
    assertTrue(error(GOOD.replace("    companion-files:", "    regex: 'tok_[a-z]+'\n    companion-files:")).getMessage()
        .endsWith("regex needs a named group (?<secret>...) around the secret"));
    assertTrue(error(GOOD.replace("['*.p12']", "['  ']")).getMessage()
        .endsWith("companion-files: '  ' must be a glob without surrounding spaces or '!'"));
  }

  @Test
  void readme_structuredRuleExample_loads() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    int section = readme.indexOf("### Structured rules");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```\n", start));
    Rule rule = RuleLoader.read(yaml, "README.md").get(0);
    assertTrue(rule.structured());
    assertTrue(rule.readsFile("config/acme-prod.yml"));
  }
}

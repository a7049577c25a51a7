package dev.keyward.core.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.JimfsProject;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Structured rules through a whole scan: where findings are reported, what is not one, companions. */
class StructuredScanTest {
  @RegisterExtension final JimfsProject project = JimfsProject.at("/work/project");
  private String password;

  @BeforeEach
  void setUp() {
    password = FakeKeys.expand("{b62:12}{digits:2}", 5).text();
  }

  private ScanResult scan() throws Exception {
    return Keyward.scan(ScanRequest.builder(project.root()).rules(StructuredTestRules.pack()).threads(2).build());
  }

  private static List<String> where(ScanResult result) {
    return result.findings().stream().map(f -> f.ruleId() + "@" + f.origin().path() + ":" + f.span().line() + ":"
        + f.span().column() + " " + f.severity().id()).toList();
  }

  @Test
  void scan_settingsXml_plaintextFoundAtItsLineAndColumn_encryptedNot() throws Exception {
    TestFs.write(project.root(), "ci/settings.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <servers>
            <server>
              <id>nexus</id> <!-- café -->
              <username>deployer</username><password>%s</password>
            </server>
          </servers>
        </settings>
        """.formatted(password));
    TestFs.write(project.root(), "home/.m2/settings.xml", """
        <settings>
          <servers><server><password>{COQLCE6DU6GtcS5P=}</password></server></servers>
        </settings>
        """);
    ScanResult result = scan();
    assertEquals(List.of("test-settings-password@ci/settings.xml:6:46 high"), where(result));
    Finding f = result.findings().get(0);
    assertEquals(password, f.secret().orElseThrow().reveal());
    assertTrue(!f.excerpt().toString().contains(password), "excerpt is redacted");
    assertEquals("Test settings password found", f.message());
  }

  @Test
  void scan_malformedXml_noWarning_textRulesStillFindTheirSecrets() throws Exception {
    String token = TestRules.token(2);
    TestFs.write(project.root(), "settings.xml", "<settings><servers><server>\n<password>" + password
        + "</password>\n<!-- " + token + " -->\n</servers>\n");
    ScanResult result = scan();
    assertEquals(List.of("test-token@settings.xml:3:6 high"), where(result));
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void scan_utf8BeforeTheValue_columnCountsCharacters() throws Exception {
    TestFs.write(project.root(), "application.yml", "# ünïcödé\napp: {note: \"€€\", db: {password: '" + password + "'}}\n");
    assertEquals(List.of("test-app-password@application.yml:2:35 high"), where(scan()));
  }

  @Test
  void scan_keystoreBesideTheConfig_raisedToCritical_withTheReason() throws Exception {
    TestFs.write(project.root(), "svc/src/main/resources/application.properties", "app.db.password=" + password + "\n");
    Path keystore = Files.write(project.root().resolve("svc/src/main/resources/server.p12"), new byte[] {0x30, (byte) 0x82, 0, 0, 1, 2});
    Files.setPosixFilePermissions(keystore, PosixFilePermissions.fromString("rw-------"));
    TestFs.write(project.root(), "other/application.properties", "app.db.password=" + password + "x\n");
    ScanResult result = scan();
    assertEquals(List.of("test-app-password@other/application.properties:1:17 high",
        "test-app-password@svc/src/main/resources/application.properties:1:17 critical"), where(result));
    assertTrue(result.findings().get(1).message().endsWith("; the keystore svc/src/main/resources/server.p12 lies "
        + "beside it, so key and password leak together"), result.findings().get(1).message());
    assertTrue(result.failsAt(Severity.CRITICAL));
  }

  @Test
  void scan_inlineAllow_suppressesAStructuredFinding() throws Exception {
    TestFs.write(project.root(), "application.properties", "# keyward:allow test-app-password local fixture\n"
        + "app.db.password=" + password + "\n");
    ScanResult result = scan();
    assertEquals(List.of(), where(result));
    assertEquals(1, result.suppressed().size());
  }
}

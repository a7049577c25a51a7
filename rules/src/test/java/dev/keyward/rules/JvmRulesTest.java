package dev.keyward.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.JimfsProject;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JVM rules of the default pack through a whole scan of a small project tree. */
class JvmRulesTest {
  @RegisterExtension final JimfsProject project = JimfsProject.at("/work/shop");

  private static String secret(String template, long seed) {
    return FakeKeys.expand(template, seed).text();
  }

  private List<String> scan() throws Exception {
    ScanResult result = Keyward.scan(ScanRequest.builder(project.root()).threads(2).build());
    assertEquals(List.of(), result.warnings());
    return result.findings().stream().map(JvmRulesTest::describe).toList();
  }

  private static String describe(Finding f) {
    return f.ruleId() + "@" + f.origin().path() + ":" + f.span().line() + ":" + f.span().column() + " "
        + f.severity().id();
  }

  @Test
  void scan_mavenSettings_plaintextAtItsLine_encryptedAndEnvNot() throws Exception {
    TestFs.write(project.root(), ".mvn/settings.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <servers>
            <server>
              <id>releases</id>
              <password>{{{b64:43}=}}</password>
            </server>
            <server>
              <id>snapshots</id>
              <password>%s</password>
            </server>
            <server>
              <id>ci</id>
              <password>${env.CI_DEPLOY_PASSWORD}</password>
            </server>
          </servers>
        </settings>
        """.replace("{{{b64:43}=}}", secret("{{{b64:43}=}}", 1)).formatted(secret("{b62:14}{digits:2}", 2)));
    TestFs.write(project.root(), ".mvn/settings-security.xml",
        "<settingsSecurity><master>" + secret("{{{b64:43}=}}", 3) + "</master></settingsSecurity>\n");
    assertEquals(List.of("maven-settings-password@.mvn/settings.xml:10:17 high"), scan());
  }

  @Test
  void scan_springConfig_oneFindingPerSecret_referencesNot() throws Exception {
    String password = secret("{b62:10}{digits:2}{lower:2}{b62:4}", 4);
    TestFs.write(project.root(), "src/main/resources/application.yml", """
        spring:
          application:
            name: shop
        ---
        spring:
          config:
            activate:
              on-profile: prod
          datasource:
            url: jdbc:postgresql://db/shop
            username: shop
            password: %s
        """.formatted(password));
    TestFs.write(project.root(), "src/main/resources/application-dev.properties",
        "spring.datasource.password=${DB_PASSWORD}\nspring.mail.password=postgres\n");
    assertEquals(List.of("spring-boot-password@src/main/resources/application.yml:12:15 high"), scan());
  }

  @Test
  void scan_keystoreBesideItsPassword_critical() throws Exception {
    TestFs.write(project.root(), "src/main/resources/application.properties",
        "server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=" + secret("{b62:16}", 5) + "\n");
    Path keystore = Files.write(project.root().resolve("src/main/resources/keystore.p12"), new byte[] {0x30, (byte) 0x82, 0, 1});
    Files.setPosixFilePermissions(keystore, PosixFilePermissions.fromString("rw-------"));
    TestFs.write(project.root(), "Dockerfile", "FROM eclipse-temurin:17\nENV JAVA_TOOL_OPTIONS=\"-Djavax.net.ssl.trustStorePassword="
        + secret("{b62:12}", 6) + "\"\n");
    ScanResult result = Keyward.scan(ScanRequest.builder(project.root()).threads(2).build());
    assertEquals(List.of("jsse-keystore-password-flag@Dockerfile:2:59 critical",
        "spring-ssl-keystore-password@src/main/resources/application.properties:2:31 critical"),
        result.findings().stream().map(JvmRulesTest::describe).toList());
    assertTrue(result.findings().get(1).message().contains("keystore src/main/resources/keystore.p12 lies beside it"),
        result.findings().get(1).message());
  }

  @Test
  void scan_gradleProperties_andMalformedYaml_noCrashNoWarning() throws Exception {
    TestFs.write(project.root(), "gradle.properties", "org.gradle.jvmargs=-Xmx2g\nsigning.password=" + secret("{b64:12}{digits:2}", 7)
        + "\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n");
    TestFs.write(project.root(), "src/main/resources/application.yml", "spring:\n  datasource: [broken\n    password: "
        + secret("{b62:8}", 8) + "\n");
    assertEquals(List.of("gradle-properties-credential@gradle.properties:2:18 high"), scan());
  }
}

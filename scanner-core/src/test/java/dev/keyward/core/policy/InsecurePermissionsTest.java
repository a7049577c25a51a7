package dev.keyward.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.keyward.core.testkit.JimfsProject;
import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.SkipReason;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code insecure-permissions} on a POSIX Jimfs. */
class InsecurePermissionsTest {
  @RegisterExtension final JimfsProject project = JimfsProject.at("/work/project");

  private Path file(String relative, String mode) throws IOException {
    Path p = TestFs.write(project.root(), relative, "x\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  private ScanResult scan(Path dir) throws Exception {
    return Keyward.scan(ScanRequest.builder(dir).rules(TestRules.pack()).threads(2)
        .user(new UserEnvironment(project.fs().getPath("/home/nobody"), Map.of())).build());
  }

  private List<String> findings() throws Exception {
    return GitFixture.findings(scan(project.root()), InsecurePermissions.ID);
  }

  @Test
  void scan_privateFile_passes() throws Exception {
    file(".npmrc", "rw-------");
    file("id_ed25519", "r--------");
    assertTrue(findings().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
      "rw-r-----, 640, readable by group",
      "rw-r--r--, 644, readable by group and others",
      "rw----r--, 604, readable by others",
      "rw--w----, 620, writable by group"})
  void scan_groupOrOtherAccess_fails(String mode, String octal, String excess) throws Exception {
    file(".aws/credentials", mode);
    assertEquals(List.of(".aws/credentials:1 [medium] .aws/credentials has mode " + octal + " (" + excess
        + "); a credential file must be private to its owner: run `chmod 600 .aws/credentials`"), findings());
  }

  @Test
  void scan_credentialDirectory_700Passes755Fails() throws Exception {
    file("a/.ssh/config", "rw-------");
    file("b/.ssh/config", "rw-------");
    Files.setPosixFilePermissions(project.root().resolve("a/.ssh"), PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(project.root().resolve("b/.ssh"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(List.of("b/.ssh:1 [medium] b/.ssh/ has mode 755 (readable by group and others, searchable by "
        + "group and others); a credential directory must be private to its owner: run `chmod 700 b/.ssh`"),
        findings());
  }

  @ParameterizedTest
  @ValueSource(strings = {".claude.json", ".env", ".env.local", "deploy/prod.env", ".netrc", ".pgpass",
      ".docker/config.json", ".kube/config", "ci/kubeconfig", "keystore.jks", "cert.p12", "release.keystore",
      "home/.aws/credentials"})
  void scan_listedCredentialFile_checked(String path) throws Exception {
    file(path, "rw-r--r--");
    assertEquals(List.of(path), GitFixture.paths(findings()));
  }

  @ParameterizedTest
  @ValueSource(strings = {".env.example", "README.md", "cert.pem", "package.json", ".claude/settings.json"})
  void scan_notACredentialFile_notChecked(String path) throws Exception {
    TestFs.write(project.root(), path, "{\"name\": \"x\"}\n");
    assertTrue(findings().isEmpty());
  }

  @Test
  void scan_contentConditions_privateKeyPemAndServiceAccountJson() throws Exception {
    TestFs.write(project.root(), "tls/server.pem", "-----BEGIN " + "PRIVATE KEY-----\nAAAA\n");
    TestFs.write(project.root(), "gcp/sa.json", "{\"type\": \"service_account\", \"project_id\": \"p\"}\n");
    TestFs.write(project.root(), ".claude/settings.local.json", "{\"apiKeyHelper\": \"/bin/get-key\"}\n");
    TestFs.write(project.root(), "keys/id_ed25519", "-----BEGIN OPENSSH " + "PRIVATE KEY-----\nAAAA\n");
    TestFs.write(project.root(), "keys/id_ed25519.pub", "ssh-ed25519 AAAA dev@host\n");
    TestFs.write(project.root(), "tls/ca.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n");
    assertEquals(List.of(".claude/settings.local.json", "gcp/sa.json", "keys/id_ed25519", "tls/server.pem"),
        GitFixture.paths(findings()));
  }

  @Test
  void scan_ignoredWorldReadableEnv_stillReported() throws Exception {
    TestFs.write(project.root(), ".gitignore", ".env\nsecrets/\n");
    file(".env", "rw-r--r--");
    file("secrets/.ssh/id_rsa", "rw-r--r--");
    file("secrets/.aws/credentials", "rw-r--r--");
    assertEquals(List.of(".env"), GitFixture.paths(findings()));
    file("local/.aws/credentials", "rw-r--r--");
    Files.writeString(project.root().resolve(".gitignore"), ".env\nsecrets/\nlocal/.aws/\n");
    assertEquals(List.of(".env", "local/.aws/credentials"), GitFixture.paths(findings()));
  }

  @Test
  void scan_configuredList_replacesAndExtends() throws Exception {
    file(".npmrc", "rw-r--r--");
    file("secrets/db.txt", "rw-r--r--");
    file("secrets/readme.txt", "rw-r--r--");
    TestFs.write(project.root(), ".keyward.yaml", "policies:\n  extra-credential-files: ['secrets/*.txt', '!readme.txt']\n");
    assertEquals(List.of(".npmrc", "secrets/db.txt"), GitFixture.paths(findings()));
    TestFs.write(project.root(), ".keyward.yaml", "policies:\n  credential-files: ['secrets/db.txt']\n");
    assertEquals(List.of("secrets/db.txt"), GitFixture.paths(findings()));
    TestFs.write(project.root(), ".keyward.yaml", "disable: [insecure-permissions]\n");
    assertTrue(findings().isEmpty());
  }

  @Test
  void scan_fileSystemWithoutPosix_saysNotChecked() throws Exception {
    try (FileSystem windowsLike = Jimfs.newFileSystem(Configuration.windows())) {
      Path dir = Files.createDirectories(windowsLike.getPath("C:\\work\\project"));
      Files.writeString(dir.resolve(".npmrc"), "x\n");
      ScanResult result = scan(dir);
      assertTrue(GitFixture.findings(result, InsecurePermissions.ID).isEmpty());
      assertEquals(List.of(".npmrc: permissions not checked: the file system has no POSIX permissions"),
          result.warnings().stream().filter(w -> w.reason() == SkipReason.NOT_CHECKED).map(w -> w.message()).toList());
    }
  }
}

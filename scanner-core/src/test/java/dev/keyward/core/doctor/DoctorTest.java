package dev.keyward.core.doctor;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.keyward.core.UserEnvironment;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code keyward doctor} on a fake home directory in a POSIX Jimfs. */
class DoctorTest {
  private FileSystem fs;
  private Path home;
  private String key;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    home = Files.createDirectories(fs.getPath("/home/dev"));
    key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 3).text();
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private Path file(String relative, String text, String mode) throws IOException {
    Path p = TestFs.write(home, relative, text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  private void dir(String relative, String mode) throws IOException {
    Files.setPosixFilePermissions(Files.createDirectories(home.resolve(relative)),
        PosixFilePermissions.fromString(mode));
  }

  private DoctorReport check(Map<String, String> env) {
    return new Doctor(new UserEnvironment(home, env)).check();
  }

  private static List<String> lines(DoctorReport report) {
    return report.items().stream().map(i -> "[" + i.status().mark() + "] " + i.subject() + ": " + i.detail()).toList();
  }

  /** An OpenSSH private key file (structure only, random body) with the given cipher. */
  private static String opensshKey(String cipher) {
    ByteBuffer b = ByteBuffer.allocate(200);
    b.put("openssh-key-v1\0".getBytes(US_ASCII)).putInt(cipher.length()).put(cipher.getBytes(US_ASCII));
    b.putInt(4).put("none".getBytes(US_ASCII)).putInt(0).putInt(1);
    String body = Base64.getMimeEncoder(70, "\n".getBytes(US_ASCII)).encodeToString(b.array());
    String marker = "OPENSSH " + "PRIVATE KEY-----";
    return "-----BEGIN " + marker + "\n" + body + "\n-----END " + marker + "\n";
  }

  private void healthyHome() throws IOException {
    file(".claude.json", "{\"numStartups\": 1}\n", "rw-------");
    file(".aws/credentials", "[default]\n", "rw-------");
    file(".netrc", "machine example.invalid\n", "rw-------");
    file(".npmrc", "registry=https://registry.npmjs.org/\n", "rw-------");
    file(".docker/config.json", "{}\n", "rw-------");
    file(".kube/config", "apiVersion: v1\n", "rw-------");
    dir(".ssh", "rwx------");
    file(".ssh/id_ed25519", opensshKey("aes256-ctr"), "rw-------");
    file(".ssh/id_ed25519.pub", "ssh-ed25519 AAAA dev@host\n", "rw-r--r--");
    file(".bashrc", "export PATH=$HOME/bin:$PATH\nexport ANTHROPIC_API_KEY=\"$(pass show anthropic)\"\n", "rw-r--r--");
    file(".config/git/ignore", ".env\n", "rw-r--r--");
  }

  @Test
  void check_healthyHome_allGood() throws IOException {
    healthyHome();
    DoctorReport report = check(Map.of());
    assertFalse(report.needsFixing(), String.join("\n", lines(report)));
    assertEquals(List.of(
        "[ok] ~/.claude.json: mode 600",
        "[ok] ~/.claude.json: no plaintext Anthropic key",
        "[ok] ~/.aws/credentials: mode 600",
        "[ok] ~/.netrc: mode 600",
        "[ok] ~/.npmrc: mode 600",
        "[--] ~/.pypirc: not present",
        "[--] ~/.pgpass: not present",
        "[--] ~/.git-credentials: not present",
        "[ok] ~/.docker/config.json: mode 600",
        "[ok] ~/.kube/config: mode 600",
        "[ok] ~/.ssh: mode 700",
        "[ok] ~/.ssh/id_ed25519: mode 600",
        "[ok] ~/.ssh/id_ed25519: private key protected by a passphrase",
        "[ok] ~/.bashrc: exports no literal key",
        "[ok] global git excludes (~/.config/git/ignore): ignores .env"), lines(report));
  }

  @Test
  void check_everyProblem_listedWithFixes() throws IOException {
    file(".claude.json", "{\n  \"primaryApiKey\": \"" + key + "\"\n}\n", "rw-r--r--");
    file(".aws/credentials", "[default]\n", "rw-r-----");
    file(".netrc", "machine example.invalid\n", "rw----r--");
    file(".npmrc", "x\n", "rw-------");
    dir(".ssh", "rwxr-xr-x");
    file(".ssh/id_rsa", opensshKey("none"), "rw-r--r--");
    file(".ssh/legacy", "-----BEGIN RSA " + "PRIVATE KEY-----\nAAAA\n-----END RSA " + "PRIVATE KEY-----\n", "rw-------");
    file(".zshrc", "alias ll='ls -l'\nexport ANTHROPIC_API_KEY=" + key + "\nexport GITHUB_TOKEN='ghp-literal'\n",
        "rw-r--r--");
    file(".config/fish/config.fish", "set -gx OPENAI_API_KEY literal-value\n", "rw-r--r--");
    file(".gitconfig", "[core]\n\texcludesFile = ~/.gitignore_global\n", "rw-r--r--");
    file(".gitignore_global", ".DS_Store\n", "rw-r--r--");
    DoctorReport report = check(Map.of());
    assertTrue(report.needsFixing());
    assertEquals(List.of(
        "[FIX] ~/.claude.json: mode 644 (readable by group and others)",
        "[FIX] ~/.claude.json: holds an Anthropic key in plain text (`primaryApiKey` on line 2)",
        "[FIX] ~/.aws/credentials: mode 640 (readable by group)",
        "[FIX] ~/.netrc: mode 604 (readable by others)",
        "[FIX] ~/.ssh: mode 755 (readable by group and others, searchable by group and others)",
        "[FIX] ~/.ssh/id_rsa: mode 644 (readable by group and others)",
        "[FIX] ~/.ssh/id_rsa: unencrypted private key",
        "[FIX] ~/.ssh/legacy: unencrypted private key",
        "[FIX] ~/.zshrc:2: exports ANTHROPIC_API_KEY as a literal value",
        "[FIX] ~/.zshrc:3: exports GITHUB_TOKEN as a literal value",
        "[FIX] ~/.config/fish/config.fish:1: exports OPENAI_API_KEY as a literal value",
        "[FIX] global git excludes (~/.gitignore_global): does not ignore .env"),
        lines(report).stream().filter(l -> l.startsWith("[FIX]")).toList());
    StringWriter text = new StringWriter();
    DoctorText.write(report, new PrintWriter(text));
    assertFalse(text.toString().contains(key));
    assertTrue(text.toString().contains("         fix: chmod 600 ~/.claude.json\n"), text.toString());
    assertTrue(text.toString().endsWith("12 items need fixing; keyward doctor --fix-permissions makes 5 mode "
        + "changes (content is never touched).\n"), text.toString());
  }

  @Test
  void check_claudeConfigDir_checkedToo() throws IOException {
    file(".claude.json", "{}\n", "rw-------");
    Path configDir = Files.createDirectories(fs.getPath("/opt/claude-profile"));
    Files.writeString(configDir.resolve(".claude.json"), "{\"primaryApiKey\": \"" + key + "\"}\n");
    Files.setPosixFilePermissions(configDir.resolve(".claude.json"), PosixFilePermissions.fromString("rw-------"));
    Files.writeString(configDir.resolve("settings.json"), "{\"env\": {\"ANTHROPIC_API_KEY\": \"" + key + "\"}}\n");
    Files.setPosixFilePermissions(configDir.resolve("settings.json"), PosixFilePermissions.fromString("rw-------"));
    List<String> fix = lines(check(Map.of("CLAUDE_CONFIG_DIR", "/opt/claude-profile"))).stream()
        .filter(l -> l.startsWith("[FIX]")).toList();
    assertEquals(List.of(
        "[FIX] /opt/claude-profile/.claude.json: holds an Anthropic key in plain text (`primaryApiKey` on line 1)",
        "[FIX] /opt/claude-profile/settings.json: holds an Anthropic key in plain text (`ANTHROPIC_API_KEY` on line 1)",
        "[FIX] global git excludes (~/.config/git/ignore): not present"), fix);
  }

  @Test
  void fixPermissions_changesOnlyModes_thenChecksAgain() throws IOException {
    healthyHome();
    Path claude = file(".claude.json", "{\n  \"primaryApiKey\": \"" + key + "\"\n}\n", "rw-r--r--");
    Path npmrc = file(".npmrc", "registry=https://registry.npmjs.org/\n", "rw-rw-r--");
    dir(".ssh", "rwxr-x---");
    byte[] claudeBefore = Files.readAllBytes(claude);
    byte[] npmrcBefore = Files.readAllBytes(npmrc);
    Doctor doctor = new Doctor(new UserEnvironment(home, Map.of()));
    List<String> log = new ArrayList<>();
    DoctorReport after = doctor.fixPermissions(doctor.check(), log::add);
    assertEquals(List.of(
        "chmod 600 ~/.claude.json  (was 644)",
        "chmod 600 ~/.npmrc  (was 664)",
        "chmod 700 ~/.ssh  (was 750)"), log);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(claude)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(npmrc)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".ssh"))));
    assertEquals(new String(claudeBefore, US_ASCII), Files.readString(claude, US_ASCII));
    assertEquals(new String(npmrcBefore, US_ASCII), Files.readString(npmrc, US_ASCII));
    assertEquals(List.of("[FIX] ~/.claude.json: holds an Anthropic key in plain text (`primaryApiKey` on line 2)"),
        lines(after).stream().filter(l -> l.startsWith("[FIX]")).toList());
    assertTrue(after.permissionFixes().isEmpty());
  }

  @Test
  void check_noPosix_saysNotChecked() throws IOException {
    try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
      Path winHome = Files.createDirectories(windows.getPath("C:\\Users\\dev"));
      Files.writeString(winHome.resolve(".npmrc"), "x\n");
      DoctorReport report = new Doctor(new UserEnvironment(winHome, Map.of())).check();
      assertTrue(lines(report).contains(
          "[??] ~/.npmrc: permissions not checked: the file system has no POSIX permissions"), lines(report).toString());
    }
  }

  @Test
  void shellExports_literalsOnly() {
    assertEquals(List.of(1, 4, 5, 6), ShellExports.find(String.join("\n",
        "export NPM_TOKEN=abc",
        "export NPM_TOKEN=$NPM_TOKEN",
        "export API_TOKEN=\"$(op read op://vault/token)\"",
        "declare -x DB_PASSWORD='p$ss'",
        "setenv SLACK_BOT_TOKEN literal",
        "set -x -g STRIPE_SECRET_KEY literal",
        "export PATH=/usr/bin",
        "export GITHUB_TOKEN=",
        "# export OPENAI_API_KEY=commented")).stream().map(ShellExports.Export::line).toList());
  }

  @Test
  void privateKeys_encryption() {
    assertEquals(java.util.Optional.of(false), PrivateKeys.encrypted(opensshKey("none").getBytes(US_ASCII)));
    assertEquals(java.util.Optional.of(true), PrivateKeys.encrypted(opensshKey("aes256-ctr").getBytes(US_ASCII)));
    String pem = "-----BEGIN RSA " + "PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
        + "-----END RSA " + "PRIVATE KEY-----\n";
    assertEquals(java.util.Optional.of(true), PrivateKeys.encrypted(pem.getBytes(US_ASCII)));
    assertEquals(java.util.Optional.empty(), PrivateKeys.encrypted("ssh-ed25519 AAAA".getBytes(US_ASCII)));
  }
}

package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.testkit.FakeKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default pack finds real key formats inside encoded text, as users write it. */
class EncodedSecretsTest {
  @TempDir
  Path root;

  private static String anthropicKey(long seed) {
    return FakeKeys.expand("sk-ant-api03-{b64url:93}AA", seed).text();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
  }

  /** Each finding as {@code path:line:column rule-id message}. */
  private List<String> scan() throws Exception {
    ScanResult result = Keyward.scan(ScanRequest.builder(root).threads(1).build());
    return result.findings().stream()
        .map(f -> f.origin().path() + ":" + f.span().line() + ":" + f.span().column() + " " + f.ruleId()
            + " " + f.message())
        .toList();
  }

  private Path write(String name, String text) throws Exception {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void scan_kubernetesSecretWithBase64Keys_oneFindingPerKey() throws Exception {
    write("chart/templates/secret.yaml", String.join("\n",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: assistant",
        "type: Opaque",
        "data:",
        "  ANTHROPIC_API_KEY: " + b64(anthropicKey(1)),
        "  ANTHROPIC_FALLBACK_KEY: " + b64(anthropicKey(2) + "\n"),
        "  MODEL: " + b64("claude-sonnet-for-the-assistant"),
        ""));
    assertEquals(List.of(
        "chart/templates/secret.yaml:7:22 anthropic-api-key Anthropic API key found (base64-decoded)",
        "chart/templates/secret.yaml:8:27 anthropic-api-key Anthropic API key found (base64-decoded)"), scan());
  }

  @Test
  void scan_dockerConfigJson_tokenInAuthFoundTwoLayersDown() throws Exception {
    String token = FakeKeys.expand("ghp_{b62:30}{crc32b62}", 3).text();
    String config = "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + b64("octo-bot:" + token) + "\"}}}";
    write("k8s/pull-secret.yaml", "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n"
        + "  .dockerconfigjson: " + b64(config) + "\n");
    List<String> found = scan();
    assertEquals(1, found.size(), found.toString());
    assertEquals(true, found.get(0).startsWith("k8s/pull-secret.yaml:5:"), found.get(0));
    assertEquals(true, found.get(0).endsWith(" github-personal-access-token GitHub personal access token (classic)"
        + " found (base64-decoded, then base64-decoded)"), found.get(0));
  }

  @Test
  void scan_ciVariableWithBase64EnvFile_holdingPercentEncodedKey() throws Exception {
    String env = "ANTHROPIC_API_KEY=" + anthropicKey(4).replace("-", "%2D") + "\nLOG_LEVEL=info\n";
    write(".gitlab-ci.yml", "variables:\n  DOTENV_B64: \"" + b64(env) + "\"\n");
    int column = "  DOTENV_B64: \"".length() + 1 + "ANTHROPIC_API_KEY=".length() / 3 * 4;
    assertEquals(List.of(".gitlab-ci.yml:2:" + column + " anthropic-api-key Anthropic API key found "
        + "(base64-decoded, then percent-decoded)"), scan());
  }

  @Test
  void scan_jsonWithEscapedDash_found() throws Exception {
    String escaped = anthropicKey(5).replace("-", "\\u002d");
    write("config/settings.json", "{\n  \"apiKey\": \"" + escaped + "\"\n}\n");
    assertEquals(List.of("config/settings.json:2:14 anthropic-api-key Anthropic API key found (JSON-unescaped)"),
        scan());
  }

  @Test
  void scan_sameKeyPlainAndEncoded_sameFingerprint() throws Exception {
    String key = anthropicKey(6);
    write("keys.txt", "ANTHROPIC_API_KEY=" + key + "\nCOPY_B64=" + b64(key) + "\n");
    List<Finding> findings = Keyward.scan(ScanRequest.builder(root).build()).findings();
    assertEquals(2, findings.size());
    assertEquals(findings.get(0).fingerprint(), findings.get(1).fingerprint());
    assertEquals(key, findings.get(1).secret().orElseThrow().reveal());
  }

  @Test
  void scan_keyAssignedToSecretName_onlyTheProviderRule() throws Exception {
    write("app.py", "ANTHROPIC_API_KEY = \"" + anthropicKey(7) + "\"\nstripe_secret = \""
        + FakeKeys.expand("sk_live_{b62:24}", 7).text() + "\"\n");
    assertEquals(List.of("app.py:1:22 anthropic-api-key Anthropic API key found",
        "app.py:2:18 stripe-live-secret-key Stripe live secret key found"), scan());
  }

  @Test
  void scan_gitRemoteWithPassword_andWithGithubToken() throws Exception {
    String password = FakeKeys.expand("{b62:20}", 8).text();
    String token = FakeKeys.expand("ghp_{b62:30}{crc32b62}", 8).text();
    write("deploy.sh", "git clone https://deploy:" + password + "@git.internal/acme/app.git\n"
        + "git clone https://x-access-token:" + token + "@github.com/acme/app.git\n"
        + "git clone https://deploy:${DEPLOY_TOKEN}@git.internal/acme/app.git\n"
        + "curl -u user:password https://user:password@api.internal/v1\n");
    assertEquals(List.of("deploy.sh:1:26 url-password Password in a URL found",
        "deploy.sh:2:34 github-personal-access-token GitHub personal access token (classic) found"), scan());
  }
}

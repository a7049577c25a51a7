package dev.keyward.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.testkit.JimfsProject;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Fingerprint;
import dev.keyward.core.finding.Secret;
import dev.keyward.core.testkit.TestFs;
import dev.keyward.core.testkit.TestRules;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Working-tree scans of files whose secrets are encoded: Kubernetes Secrets, Docker configs. */
class EncodedSecretsScanTest {
  @RegisterExtension final JimfsProject project = JimfsProject.at("/work/project");

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
  }

  private List<String> scan() throws Exception {
    ScanResult result = Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack()).threads(1).build());
    return result.findings().stream()
        .map(f -> f.origin().path() + ":" + f.span().line() + ":" + f.span().column() + " " + f.message())
        .toList();
  }

  private static String manifest(String eol, String first, String second) {
    return String.join(eol, "apiVersion: v1", "kind: Secret", "metadata:", "  name: payments", "type: Opaque",
        "data:", "  API_TOKEN: " + b64(first), "  LOG_LEVEL: " + b64("debug-verbose-and-more-words"),
        "  ENV_FILE: " + b64("TOKEN=" + second + "\nREGION=eu-west-1\n"), "");
  }

  @Test
  void scan_kubernetesSecret_findsBase64DataValuesAtTheirLines() throws Exception {
    TestFs.write(project.root(), "k8s/secret.yaml", manifest("\n", TestRules.token(1), TestRules.token(2)));
    assertEquals(List.of(
        "k8s/secret.yaml:7:14 Test token found (base64-decoded)",
        "k8s/secret.yaml:9:21 Test token found (base64-decoded)"), scan());
  }

  @Test
  void scan_kubernetesSecretWithCrlf_sameLinesAndColumns() throws Exception {
    TestFs.write(project.root(), "k8s/secret.yaml", manifest("\r\n", TestRules.token(3), TestRules.token(4)));
    assertEquals(List.of(
        "k8s/secret.yaml:7:14 Test token found (base64-decoded)",
        "k8s/secret.yaml:9:21 Test token found (base64-decoded)"), scan());
  }

  @Test
  void scan_dockerConfigJsonInsideSecret_foundTwoLayersDown() throws Exception {
    String auth = b64("ci-bot:" + TestRules.token(5));
    String config = "{\"auths\":{\"registry.internal\":{\"auth\":\"" + auth + "\"}}}";
    TestFs.write(project.root(), "pull-secret.yaml", "kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n"
        + "  .dockerconfigjson: " + b64(config) + "\n");
    int inAuth = encodedOffset("ci-bot:".length());
    int inConfig = encodedOffset(config.indexOf(auth) + inAuth);
    assertEquals(List.of("pull-secret.yaml:4:" + (22 + inConfig)
        + " Test token found (base64-decoded, then base64-decoded)"), scan());
  }

  /** Where, in base64 text, the encoding of the byte at {@code offset} of the plain text begins. */
  private static int encodedOffset(int offset) {
    return offset / 3 * 4 + offset % 3;
  }

  @Test
  void scan_encodedSecret_fingerprintIsThatOfThePlainSecret() throws Exception {
    String token = TestRules.token(6);
    TestFs.write(project.root(), "secret.yaml", "data:\n  t: " + b64(token) + "\n");
    Finding f = Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack()).build()).findings().get(0);
    assertEquals(Fingerprint.of("test-token", new Secret(token), "secret.yaml"), f.fingerprint());
  }

  @Test
  void scan_inlineAllowOnTheEncodedLine_suppresses() throws Exception {
    TestFs.write(project.root(), "secret.yaml", "data:\n  # keyward:allow test-token fixture for the chart tests\n  t: "
        + b64(TestRules.token(7)) + "\n");
    ScanResult result = Keyward.scan(ScanRequest.builder(project.root()).rules(TestRules.pack()).build());
    assertEquals(List.of(), result.findings());
    assertEquals(1, result.suppressed().size());
  }
}

package dev.keyward.rules;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.ScanLimits;
import dev.keyward.core.engine.Content;
import dev.keyward.core.engine.Engine;
import dev.keyward.core.engine.FindingFactory;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.source.FileOrigin;
import dev.keyward.core.testkit.FakeKeys;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input built to hurt a regex engine or a decoder, run through the whole default pack. The timeout
 * only guards against hangs (catastrophic backtracking); speed is measured in benchmarks.
 */
class HostileInputTest {
  private static Engine engine;
  private static FindingFactory factory;

  @BeforeAll
  static void load() throws Exception {
    engine = new Engine(RulePack.builtin());
    factory = new FindingFactory(ScanLimits.defaults());
  }

  private static Arguments hostile(String name, int expectedFindings, Supplier<byte[]> bytes) {
    return Arguments.of(name, expectedFindings, bytes);
  }

  static Stream<Arguments> inputs() {
    String key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 99).text();
    return Stream.of(
        hostile("megabyte line of secret-named assignments", 0,
            () -> "password = \"".repeat(100_000).getBytes(UTF_8)),
        hostile("megabyte of one letter after a keyword", 0,
            () -> ("api_key = \"" + "a".repeat(1 << 20)).getBytes(UTF_8)),
        hostile("prefixes without bodies", 0,
            () -> "sk-ant-api03-".repeat(80_000).getBytes(UTF_8)),
        hostile("nested quotes and separators", 0,
            () -> "token=\"'=\"':".repeat(100_000).getBytes(UTF_8)),
        hostile("PEM headers without end", 0,
            () -> "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n".repeat(20_000).getBytes(UTF_8)),
        hostile("indented armour headers without a body", 0,
            () -> ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n" + "                    Ab: c\n".repeat(12) + "          \n!!\n")
                .repeat(2_000).getBytes(UTF_8)),
        hostile("provider names followed by separators and line breaks", 0,
            () -> "twilio_auth_token\\\"=,> :\n  value: variable \"datadog_api_key\" {{ x = 1\n".repeat(10_000)
                .getBytes(UTF_8)),
        hostile("escaped line breaks without a body", 0,
            () -> ("-----BEGIN RSA PRIVATE KEY-----\\n" + "\\n\",\n    \" \\\" , ".repeat(30) + "\n")
                .repeat(2_000).getBytes(UTF_8)),
        hostile("URL schemes without password", 0,
            () -> "postgres://user@".repeat(60_000).getBytes(UTF_8)),
        hostile("invalid UTF-8 around a key", 1,
            () -> concat(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, ("k=\"" + key + "\"").getBytes(UTF_8))),
        hostile("Latin-1 high bytes everywhere", 0,
            () -> "\u00ff\u00fe\u00e9".repeat(300_000).getBytes(ISO_8859_1)),
        hostile("key at the very end, no newline", 1, () -> ("x=" + key).getBytes(UTF_8)),
        hostile("key alone", 1, () -> key.getBytes(UTF_8)),
        hostile("only newlines and CRs", 0, () -> "\r\n\r\r\n".repeat(200_000).getBytes(UTF_8)),
        hostile("megabyte of base64 that decodes to prefixes", 0,
            () -> base64("sk-ant-api03-".repeat(60_000)).getBytes(UTF_8)),
        hostile("a key in base64 eight times over", 0, () -> {
          String s = key;
          for (int i = 0; i < 8; i++) {
            s = base64(s);
          }
          return s.getBytes(UTF_8);
        }),
        hostile("megabyte of percent escapes", 0, () -> "%41%2D".repeat(150_000).getBytes(UTF_8)),
        hostile("megabyte of JSON escapes on one line", 0, () -> "\\u002d\\/".repeat(120_000).getBytes(UTF_8)),
        hostile("a thousand base64-encoded keys", 1000, () -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < 1000; i++) {
            sb.append("  key").append(i).append(": ")
                .append(base64(FakeKeys.expand("sk-ant-api03-{b64url:93}AA", i).text())).append('\n');
          }
          return sb.toString().getBytes(UTF_8);
        }));
  }

  private static String base64(String s) {
    return java.util.Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  @Timeout(20)
  void scan_hostileInput_noCrashNoHang(String name, int expectedFindings, Supplier<byte[]> bytes) {
    Optional<Content> content = Content.of(bytes.get());
    assertTrue(content.isPresent(), name + " should be treated as text");
    FileOrigin origin = new FileOrigin("hostile.txt");
    List<Finding> findings = factory.findings(origin, content.get(), engine.find(content.get(), origin.path()));
    assertEquals(expectedFindings, findings.size(), name + ": " + findings.stream().map(Finding::ruleId).toList());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

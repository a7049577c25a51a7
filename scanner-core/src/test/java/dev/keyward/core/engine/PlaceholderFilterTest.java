package dev.keyward.core.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.FakeKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderFilterTest {
  private static boolean placeholder(String template) {
    String secret = FakeKeys.expand(template, 5).text();
    return PlaceholderFilter.isPlaceholder(secret, "key = \"" + secret + "\"", 7);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{X:40}", "your-api-key-{b62:20}", "{b62:20}EXAMPLE", "{{b62:20}}", "{{0}}", "{{apiKey}}",
      "${{API_TOKEN}}", "<token>", "ANTHROPIC_API_KEY", "abc{1:12}def", "{b62:10}xxxx{b62:10}",
      "$HTTPD_PROTO://$USER:$PASS@$HTTPD_DEST", "$db_password",
      // masked or padded, even when the rest looks random
      "bedrock-api-key-{b64:28}{X:22}", "{b64:60}xxxxxxxx{b64:20}", "{b64:60}########",
  })
  void placeholders_recognised(String template) {
    assertTrue(placeholder(template), template);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{b62:40}", "{b64:64}", "{hex:32}", "$2a$10${b64:53}",
      // long random material: a filler word or a run inside it is chance, not a placeholder
      "{b64:60}xxxx{b64:60}", "{b64:60}AAAAAAAAA{b64:60}", "{b64:60}Your-{b64:60}",
      "{b64:60}AAAAAAAAAAAAAAAA{b64:60}", "{b64:60}xxxxxxx{b64:60}",
  })
  void randomValues_notPlaceholders(String template) {
    assertFalse(placeholder(template), template);
  }

  @ParameterizedTest
  @ValueSource(strings = {"os.getenv(\"", "os.environ[\"", "process.env.", "System.getenv(\""})
  void envLookups_recognisedByContext(String before) {
    String text = "x = " + before + "DbSecretValue1";
    assertTrue(PlaceholderFilter.isPlaceholder("DbSecretValue1", text, text.indexOf("DbSecretValue1")));
  }

  @Test
  void ellipsisInAUtf8File_isAPlaceholder() {
    // a UTF-8 file as the engine sees it: bytes through an ISO-8859-1 view
    String text = new String("API_KEY = \"sk-ant-api03-…\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    String secret = text.substring(11, text.length() - 1);
    assertTrue(PlaceholderFilter.isPlaceholder(secret, text, 11));
  }
}

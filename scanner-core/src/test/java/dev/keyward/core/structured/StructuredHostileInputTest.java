package dev.keyward.core.structured;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.engine.Content;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents built to hurt a parser: no exception, no hang (the timeout only guards against hangs). */
class StructuredHostileInputTest {
  private static final StructuredRules RULES = StructuredRules.of(StructuredTestRules.pack());

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("tokens.json", 0, (Supplier<String>) () -> "[".repeat(100_000)),
        Arguments.of("tokens.json", 0, (Supplier<String>) () -> "{\"a\":".repeat(50_000) + "1"),
        Arguments.of("tokens.json", 1, (Supplier<String>) () -> "{\"x\": \"" + "a".repeat(1 << 20)
            + "\", \"token\": \"tok_abcdef123\"}"),
        Arguments.of("tokens.json", 0, (Supplier<String>) () -> "{\"token\": \"tok_abc" + "\\\"".repeat(200_000)),
        Arguments.of("application.yml", 0, (Supplier<String>) () -> "a:\n" + " b:\n".repeat(20_000)),
        Arguments.of("application.yml", 0, (Supplier<String>) () -> billionLaughs()),
        Arguments.of("application.yml", 0, (Supplier<String>) () -> "app: {db: {password: '" + "x".repeat(1 << 20)),
        Arguments.of("application.properties", 1, (Supplier<String>) () -> "a=b\\\n".repeat(100_000)
            + "\napp.db.password=Pa55-word-x\n"),
        Arguments.of("application.properties", 0, (Supplier<String>) () -> "\\".repeat(1 << 20)),
        Arguments.of("settings.xml", 0, (Supplier<String>) () -> "<a>".repeat(100_000)),
        Arguments.of("settings.xml", 0, (Supplier<String>) () -> "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol "
            + "\"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<settings><servers><server><password>&lol2;</password></server></servers></settings>"),
        Arguments.of("settings.xml", 20_000, (Supplier<String>) () -> "<settings><servers>"
            + "<server><password>Plain-Text-9</password></server>\n".repeat(20_000) + "</servers></settings>"));
  }

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
      }
      sb.append("]\n");
    }
    return sb.append("app: {db: {password: *j}}\n").toString();
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("inputs")
  @Timeout(30)
  void find_hostileDocument_noCrashNoHang(String path, int expected, Supplier<String> text) {
    Content content = Content.of(text.get().getBytes(UTF_8)).orElseThrow();
    assertEquals(expected, RULES.find(content, path).size());
  }
}

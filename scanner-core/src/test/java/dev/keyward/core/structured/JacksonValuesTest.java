package dev.keyward.core.structured;

import static dev.keyward.core.structured.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class JacksonValuesTest {
  private static final Predicate<List<String>> ALL = p -> true;

  @Test
  void yaml_nestedMappings_pathAndPlaceOfEachValue() throws Exception {
    String yaml = """
        spring:
          datasource:
            url: jdbc:h2:mem:x   # comment
            password: "s3cr\\"et"
          rabbitmq: {password: 'it''s-mine', port: 5672}
        """;
    assertEquals("""
        spring.datasource.url=jdbc:h2:mem:x@3:10[jdbc:h2:mem:x]
        spring.datasource.password=s3cr"et@4:16[s3cr\\"et]
        spring.rabbitmq.password=it's-mine@5:25[it''s-mine]
        spring.rabbitmq.port=5672@5:44[5672]
        """, describe(yaml, JacksonValues.yaml(yaml, ALL)));
  }

  @Test
  void yaml_listsAndDottedKeys_indexSegmentsAndSplitKeys() throws Exception {
    String yaml = """
        servers:
          - id: a
            password: first-one
          - id: b
        spring.mail.password: second
        """;
    assertEquals("""
        servers.[0].id=a@2:9[a]
        servers.[0].password=first-one@3:15[first-one]
        servers.[1].id=b@4:9[b]
        spring.mail.password=second@5:23[second]
        """, describe(yaml, JacksonValues.yaml(yaml, ALL)));
  }

  @Test
  void yaml_multiDocumentBlockScalarAnchorsAndAliases() throws Exception {
    String yaml = """
        a: 1
        ---
        b:
          block: |
            first line
            second line
          anchored: &pw tagged-value
          alias: *pw
          tagged: !!str 12345
        """;
    assertEquals("""
        a=1@1:4[1]
        b.block=first line
        second line
        @5:5[first line]
        b.anchored=tagged-value@7:17[tagged-value]
        b.tagged=12345@9:17[12345]
        """, describe(yaml, JacksonValues.yaml(yaml, ALL)));
  }

  @Test
  void yaml_astralCharactersBefore_offsetsStayInChars() throws Exception {
    String yaml = "note: \"\uD83D\uDE00\uD83D\uDE00\"\nkey: value-after\n";
    assertEquals("key=value-after@2:6[value-after]\n",
        describe(yaml, JacksonValues.yaml(yaml, p -> p.equals(List.of("key")))));
  }

  @Test
  void yaml_crlf_linesAndColumns() throws Exception {
    String yaml = "a:\r\n  b: x1\r\n  c: 'y2'\r\n";
    assertEquals("a.b=x1@2:6[x1]\na.c=y2@3:7[y2]\n", describe(yaml, JacksonValues.yaml(yaml, ALL)));
  }

  @Test
  void json_nestedObjectsAndArrays_escapesKeptInWrittenForm() throws Exception {
    String json = """
        {
          "claudeAiOauth": {"accessToken": "ab\\u0063d", "scopes": ["x", "y"]},
          "list": [{"token": "t-1"}, [1.5, true, null]],
          // comments are tolerated, as are trailing commas
          "n": 42,
        }
        """;
    assertEquals("""
        claudeaioauth.accesstoken=abcd@2:37[ab\\u0063d]
        claudeaioauth.scopes.[0]=x@2:61[x]
        claudeaioauth.scopes.[1]=y@2:66[y]
        list.[0].token=t-1@3:23[t-1]
        list.[1].[0]=1.5@3:31[1.5]
        n=42@5:8[42]
        """, describe(json, JacksonValues.json(json, ALL)));
  }

  @Test
  void json_onlyWantedPathsAreLocated() throws Exception {
    String json = "{\"a\": \"1\", \"b\": {\"c\": \"2\"}}";
    assertEquals("b.c=2@1:24[2]\n", describe(json, JacksonValues.json(json, p -> p.equals(List.of("b", "c")))));
  }

  @Test
  void malformed_isReportedAsMalformed_notThrownRaw() {
    assertThrows(MalformedDocumentException.class, () -> JacksonValues.json("{\"a\": ", ALL));
    assertThrows(MalformedDocumentException.class, () -> JacksonValues.yaml("a: [b\n  c: d: e\n", ALL));
    assertThrows(MalformedDocumentException.class, () -> JacksonValues.json("[".repeat(5000), ALL));
  }
}

package dev.keyward.core.structured;

import static dev.keyward.core.structured.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PropertiesValuesTest {
  private static final Predicate<List<String>> ALL = p -> true;

  @Test
  void read_separatorsCommentsAndBlankLines_placeOfEachValue() throws Exception {
    String text = """
        # comment with key=value
        ! another comment
        a.b=one
          spaced.key   :   two words  \s
        colon:three
        blank.value=
        space.separated four
        """;
    assertEquals("""
        a.b=one@3:5[one]
        spaced.key=two words   @4:20[two words]
        colon=three@5:7[three]
        space.separated=four@7:17[four]
        """, describe(text, PropertiesValues.read(text, ALL)));
  }

  @Test
  void read_continuationLines_valueJoinedSpanOnFirstLine() throws Exception {
    String text = "first=abc\\\n    def\\\n\tghi\nempty.first=\\\n   second-line\n";
    assertEquals("""
        first=abcdefghi@1:7[abc]
        empty.first=second-line@5:4[second-line]
        """, describe(text, PropertiesValues.read(text, ALL)));
  }

  @Test
  void read_escapes_inKeysAndValues() throws Exception {
    String text = "key\\ with\\=odd\\:chars=v\\u0061lue\\tx\\\\\nk2=\\#not-a-comment\n";
    assertEquals("""
        key with=odd:chars=value\tx\\@1:23[v\\u0061lue\\tx\\\\]
        k2=#not-a-comment@2:4[\\#not-a-comment]
        """, describe(text, PropertiesValues.read(text, ALL)));
  }

  @Test
  void read_crAndCrlfLineEnds() throws Exception {
    String text = "a=1\r\nb=2\rc=3";
    assertEquals(List.of("a=1", "b=2", "c=3"),
        PropertiesValues.read(text, ALL).stream().map(v -> String.join(".", v.path()) + "=" + v.value()).toList());
  }

  @Test
  void read_malformedUnicodeEscape_isMalformed() {
    assertThrows(MalformedDocumentException.class, () -> PropertiesValues.read("a=\\u12G4\n", ALL));
    assertThrows(MalformedDocumentException.class, () -> PropertiesValues.read("a=\\u12", ALL));
  }

  /** The same keys and values as {@link Properties#load}, whatever the input's shape. */
  @ParameterizedTest
  @ValueSource(strings = {
      "a=b\nc:d\ne f\n",
      "  k  =  v  \n",
      "k=v\\\n  w\\\n\n",
      "odd\\\\=even\\\\\\\nnext\n",
      "k\\=x=y\n#c=d\n!e=f\n",
      "k=\\u00e9\\n\\r\\t\\f\\q\n",
      "k\\\n  ey=val\n",
      "trailing=\\",
      "=novalue-key\n:also\n",
      "\\ lead=1\n\f\tff=2\n",
  })
  void read_sameKeysAndValuesAsJavaUtilProperties(String text) throws Exception {
    Properties expected = new Properties();
    expected.load(new StringReader(text));
    Map<String, String> want = new TreeMap<>();
    expected.forEach((k, v) -> {
      List<String> path = new java.util.ArrayList<>();
      KeySegments.add((String) k, path);
      want.put(String.join("/", path), (String) v);
    });
    Map<String, String> got = PropertiesValues.read(text, ALL).stream()
        .collect(Collectors.toMap(v -> String.join("/", v.path()), ConfigValue::value, (a, b) -> b, TreeMap::new));
    want.values().removeIf(String::isEmpty); // an empty value is nothing to report, so it is not read
    assertEquals(want, got);
  }
}

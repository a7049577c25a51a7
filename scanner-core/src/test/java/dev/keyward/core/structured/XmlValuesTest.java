package dev.keyward.core.structured;

import static dev.keyward.core.structured.Texts.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class XmlValuesTest {
  private static final Predicate<List<String>> ALL = p -> true;

  @Test
  void read_leafElements_pathFromRoot_placeAfterAttributesAndNamespaces() throws Exception {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <servers>
            <server>
              <id>nexus</id>
              <password>
                pw-on-its-own-line
              </password>
            </server>
          </servers>
        </settings>
        """;
    assertEquals("""
        settings.servers.server.id=nexus@6:11[nexus]
        settings.servers.server.password=pw-on-its-own-line@8:9[pw-on-its-own-line]
        """, describe(xml, XmlValues.read(xml, ALL)));
  }

  @Test
  void read_cdataEntitiesAndComments() throws Exception {
    String xml = "<s:a xmlns:s=\"urn:x\"><b><![CDATA[c<d&e]]></b><c>p&amp;q&#33;</c>"
        + "<!-- <d>hidden</d> --><e/><f>  </f></s:a>";
    assertEquals("""
        a.b=c<d&e@1:34[c<d&e]
        a.c=p&q!@1:49[p&amp;q&#33;]
        """, describe(xml, XmlValues.read(xml, ALL)));
  }

  @Test
  void read_crlfAndLoneCr_placesStayOnTheTag() throws Exception {
    String xml = "<a>\r\n  <b>one</b>\r<c>two</c>\r\n<d>three</d></a>";
    List<ConfigValue> values = XmlValues.read(xml, ALL);
    assertEquals(List.of(xml.indexOf("one"), xml.indexOf("two"), xml.indexOf("three")),
        values.stream().map(ConfigValue::start).toList());
    assertEquals(List.of("one", "two", "three"), values.stream().map(v -> xml.substring(v.start(), v.end())).toList());
  }

  @Test
  void read_dtdAndExternalEntities_notResolved() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a><b>&x;</b></a>";
    assertThrows(MalformedDocumentException.class, () -> XmlValues.read(xxe, ALL));
  }

  @Test
  void read_malformed_isMalformed() {
    assertThrows(MalformedDocumentException.class, () -> XmlValues.read("<a><b>x</a>", ALL));
    assertThrows(MalformedDocumentException.class, () -> XmlValues.read("not xml at all", ALL));
  }
}

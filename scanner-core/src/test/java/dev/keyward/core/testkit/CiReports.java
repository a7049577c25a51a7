package dev.keyward.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Checks CI reports the way their consumers read them, for tests in any module: JUnit XML against
 * the Jenkins/Ant JUnit structure (an XSD under {@code schema/}, validated with the JDK), and GitLab's
 * secret-detection report against the required fields and enums of report schema 15.
 */
public final class CiReports {
  private static final Set<String> GITLAB_SEVERITIES = Set.of("Critical", "High", "Medium", "Low", "Info", "Unknown");
  private static final String GITLAB_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";

  private CiReports() {}

  /** Fails unless {@code xml} is well-formed and valid against the JUnit XML structure. */
  public static void assertValidJunit(byte[] xml) {
    URL xsd = CiReports.class.getResource("/schema/junit-jenkins.xsd");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      throw new AssertionError("invalid JUnit XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless {@code json} has every field GitLab's secret-detection report schema 15 requires. */
  public static void assertValidGitlab(byte[] json) {
    JsonNode doc;
    try {
      doc = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
    assertTrue(doc.path("version").asText().matches("15\\.\\d+\\.\\d+"), "version");
    JsonNode scan = doc.path("scan");
    for (String component : List.of("analyzer", "scanner")) {
      for (String field : List.of("id", "name", "version")) {
        assertFalse(scan.path(component).path(field).asText().isEmpty(), "scan." + component + "." + field);
      }
      assertFalse(scan.path(component).path("vendor").path("name").asText().isEmpty(), component + ".vendor.name");
    }
    assertEquals("secret_detection", scan.path("type").asText());
    assertTrue(Set.of("success", "failure").contains(scan.path("status").asText()), "scan.status");
    assertTrue(scan.path("start_time").asText().matches(GITLAB_TIME), "scan.start_time");
    assertTrue(scan.path("end_time").asText().matches(GITLAB_TIME), "scan.end_time");
    assertTrue(doc.path("vulnerabilities").isArray(), "vulnerabilities");
    for (JsonNode v : doc.path("vulnerabilities")) {
      assertFalse(v.path("id").asText().isEmpty(), "vulnerability id");
      assertTrue(GITLAB_SEVERITIES.contains(v.path("severity").asText()), "severity " + v.path("severity"));
      assertTrue(v.path("identifiers").size() >= 1, "identifiers");
      for (JsonNode id : v.path("identifiers")) {
        for (String field : List.of("type", "name", "value")) {
          assertFalse(id.path(field).asText().isEmpty(), "identifier." + field);
        }
      }
      JsonNode location = v.path("location");
      assertFalse(location.path("commit").path("sha").asText().isEmpty(), "location.commit.sha");
      assertFalse(location.path("file").asText().isEmpty(), "location.file");
      assertTrue(location.path("start_line").asInt() >= 1, "location.start_line");
      assertFalse(v.has("category"), "category was removed in schema 15");
    }
  }
}

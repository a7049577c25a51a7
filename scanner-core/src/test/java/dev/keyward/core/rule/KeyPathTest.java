package dev.keyward.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KeyPathTest {
  private static List<String> path(String dotted) {
    return Arrays.stream(dotted.split("\\.")).map(KeyPath::normalize).toList();
  }

  private static boolean matches(String pattern, String dotted) {
    return KeyPath.parse(pattern).matches(path(dotted));
  }

  @Test
  void matches_literalPath_onlyThatPath() {
    assertTrue(matches("spring.datasource.password", "spring.datasource.password"));
    assertFalse(matches("spring.datasource.password", "spring.datasource.username"));
    assertFalse(matches("spring.datasource.password", "spring.datasource.password.file"));
    assertFalse(matches("spring.datasource.password", "app.spring.datasource.password"));
  }

  @Test
  void matches_relaxedBinding_ignoresCaseDashesAndUnderscores() {
    assertTrue(matches("spring.security.oauth2.client.registration.*.client-secret",
        "spring.security.oauth2.client.registration.github.clientSecret"));
    assertTrue(matches("server.ssl.key-store-password", "SERVER.SSL.KEY_STORE_PASSWORD"));
  }

  @Test
  void matches_starSegment_exactlyOneSegmentIncludingListItems() {
    assertTrue(matches("a.*.c", "a.b.c"));
    assertTrue(matches("a.*.c", "a.[0].c"));
    assertFalse(matches("a.*.c", "a.c"));
    assertFalse(matches("a.*.c", "a.b.b.c"));
  }

  @Test
  void matches_doubleStar_anyNumberOfSegments() {
    assertTrue(matches("**.*password", "ossrhPassword"));
    assertTrue(matches("**.*password", "systemProp.https.proxyPassword"));
    assertFalse(matches("**.*password", "signing.passwordFile"));
    assertTrue(matches("a.**.z", "a.z"));
    assertTrue(matches("a.**.z", "a.b.c.z"));
    assertFalse(matches("a.**.z", "b.z"));
  }

  @Test
  void glob_starInsideSegment() {
    assertTrue(KeyPath.glob("*password", "ossrhpassword"));
    assertTrue(KeyPath.glob("*pass*d*", "mypassword1"));
    assertFalse(KeyPath.glob("*password", "passwordfile"));
    assertTrue(KeyPath.glob("a*", "a"));
  }

  @Test
  @Timeout(5)
  void matches_hostileDepthAndStars_staysLinear() {
    List<String> deep = java.util.Collections.nCopies(10_000, "a");
    assertFalse(KeyPath.parse("**.a.**.a.**.a.**.b").matches(deep));
    assertFalse(KeyPath.glob("*a*a*a*a*b", "a".repeat(100_000)));
  }

  @Test
  void parse_invalid_saysWhy() {
    assertEquals("key path 'a..b' has an empty segment",
        assertThrows(IllegalArgumentException.class, () -> KeyPath.parse("a..b")).getMessage());
    assertEquals("key path 'a.b**': '**' must be a whole segment",
        assertThrows(IllegalArgumentException.class, () -> KeyPath.parse("a.b**")).getMessage());
    assertEquals("key path '**.*' matches every key; name at least part of one",
        assertThrows(IllegalArgumentException.class, () -> KeyPath.parse("**.*")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> KeyPath.parse(" a.b"));
    assertThrows(IllegalArgumentException.class, () -> KeyPath.parse("a b.c"));
  }
}

package dev.keyward.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a one-line rule example becomes a name and a value (values here are plain words, not keys). */
class BindingTest {
  @Test
  void of_envLine_nameAndValue() {
    Binding b = Binding.of(CorpusGenerator.example("DEMO_API_KEY=«valuevalue»", 1), "demo-key");
    assertEquals("DEMO_API_KEY", b.name().upper());
    assertEquals("valuevalue", b.value().text());
  }

  @Test
  void of_urlPassword_keepsTheUrlAndMarksThePassword() {
    Binding b = Binding.of(CorpusGenerator.example("REPO_URL=https://app:«pw»@git.internal/app.git", 1), "repo");
    assertEquals("https://app:pw@git.internal/app.git", b.value().text());
    assertEquals("pw", b.value().inside());
    assertEquals("repoUrl", b.name().camel());
  }

  @Test
  void of_bearerHeader_keepsTheScheme() {
    Binding b = Binding.of(CorpusGenerator.example("curl -H \"Authorization: Bearer «tok»\" https://api", 1), "x-token");
    assertEquals("Bearer tok", b.value().text());
    assertEquals("AUTHORIZATION", b.name().upper());
  }

  @Test
  void of_noAssignment_namedAfterTheRule() {
    assertEquals("DEMO_TOKEN_URL", Binding.of(CorpusGenerator.example("git clone https://«t»@host/r.git", 1), "demo-token")
        .name().upper());
    assertEquals("DEMO_TOKEN", Binding.of(CorpusGenerator.example("docker login -u me -p «t» host", 1), "demo-token")
        .name().upper());
  }

  @Test
  void of_connectionString_staysWhole() {
    Binding b = Binding.of(CorpusGenerator.example("CONN=\"Protocol=https;Name=demo;Key=«k»;Suffix=x\"", 1), "conn");
    assertEquals("Protocol=https;Name=demo;Key=k;Suffix=x", b.value().text());
    assertEquals("CONN", b.name().upper());
  }

  @Test
  void of_flagAndKwarg_areNames() {
    assertEquals("registrationToken", Binding.of(CorpusGenerator.example("runner register --registration-token «t» --url x", 1),
        "r").name().camel());
    assertEquals("api_key", Binding.of(CorpusGenerator.example("client = Client(api_key=\"«t»\")", 1), "r").name().snake());
  }
}

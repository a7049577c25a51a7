package dev.keyward.rules.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
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
  void of_xmlElement_namedAfterTheElement() {
    Binding b = Binding.of(CorpusGenerator.example("    <demo.api.key>«valuevalue»</demo.api.key>", 1), "demo-key");
    assertEquals("DEMO_API_KEY", b.name().upper());
    assertEquals("valuevalue", b.value().text());
  }

  @Test
  void of_typedDeclaration_namedAfterTheVariable() {
    assertEquals("demoToken", Binding.of(CorpusGenerator.example("val demoToken: String = \"«valuevalue»\"", 1), "r")
        .name().camel());
    assertEquals("demoToken", Binding.of(CorpusGenerator.example("var demoToken string = \"«valuevalue»\"", 1), "r")
        .name().camel());
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

  @Test
  void name_providerNamedOnlyOutsideTheAssignment_namedAfterTheRule() throws Exception {
    Rule rule = rule("demo-api-key", "demo");
    Marked example = CorpusGenerator.example("curl --user 'api:«k-value»' https://api.demo.io/v3", 1);
    assertEquals("DEMO_API_KEY", CorpusGenerator.name(Binding.of(example, rule.id()), example, rule).upper());
  }

  @Test
  void name_providerInTheName_keepsTheName() throws Exception {
    Rule rule = rule("demo-api-key", "demo");
    Marked example = CorpusGenerator.example("DEMO_SECRET=«valuevalue»  # from https://demo.io", 1);
    assertEquals("DEMO_SECRET", CorpusGenerator.name(Binding.of(example, rule.id()), example, rule).upper());
    Marked prefixed = CorpusGenerator.example("TOKEN=«demo_valuevalue»", 1);
    assertEquals("TOKEN", CorpusGenerator.name(Binding.of(prefixed, rule.id()), prefixed, rule).upper());
  }

  @Test
  void of_attributePair_namedByItsNameAttribute() {
    assertEquals("client_secret", Binding.of(CorpusGenerator.example(
        "<input type=\"hidden\" name=\"client_secret\" value=\"«t»\">", 1), "r").name().snake());
    assertEquals("apiSecret", Binding.of(CorpusGenerator.example("<add key=\"ApiSecret\" value=\"«t»\" />", 1), "r")
        .name().camel());
  }

  private static Rule rule(String id, String keyword) throws Exception {
    return RuleLoader.read("rules:\n  - id: " + id + "\n    title: t\n    severity: high\n    keywords: [" + keyword
        + "]\n    regex: '(?<secret>x)'\n", "test.yaml").get(0);
  }
}

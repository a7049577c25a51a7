package dev.keyward.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyward.core.ConfigException;
import dev.keyward.core.policy.CredentialPattern;
import dev.keyward.core.testkit.TestRules;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code policies:} section of .keyward.yaml and {@code disable:} of policy ids. */
class PolicySettingsTest {
  private static KeywardConfig read(String yaml) throws ConfigException {
    return ConfigLoader.read(new StringReader(yaml), ".keyward.yaml", TestRules.pack());
  }

  @Test
  void read_noPoliciesSection_defaults() throws ConfigException {
    assertEquals(PolicySettings.defaults(), read("disable: [insecure-permissions]\n").policies());
    assertEquals(java.util.Set.of("insecure-permissions"), read("disable: [insecure-permissions]\n").disabledRules());
  }

  @Test
  void read_credentialFiles_replaceAndExtend() throws ConfigException {
    KeywardConfig config = read("policies:\n  credential-files: ['.env', {pattern: '*.json', containing: 'x'}]\n"
        + "  extra-credential-files: ['!local.env']\n");
    assertEquals(List.of(CredentialPattern.of(".env"), new CredentialPattern("*.json", "x"),
        CredentialPattern.of("!local.env")), config.policies().credentialFiles());
  }

  @Test
  void read_invalidPolicySettings_errorsNameTheLine() {
    assertEquals(".keyward.yaml:3: policies: unknown key 'credential-file' (expected credential-files or "
        + "extra-credential-files)", assertThrows(ConfigException.class,
            () -> read("disable: []\npolicies:\n  credential-file: ['.env']\n")).getMessage());
    assertEquals(".keyward.yaml:2: policies: extra-credential-files: invalid credential-file entry '*.json': "
        + "Unclosed group near index 1\n(", assertThrows(ConfigException.class,
            () -> read("policies:\n  extra-credential-files: [{pattern: '*.json', containing: '('}]\n")).getMessage());
    assertEquals(".keyward.yaml:1: policies: expected a mapping with credential-files or extra-credential-files",
        assertThrows(ConfigException.class, () -> read("policies: [x]\n")).getMessage());
  }
}

package dev.keyward.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyward.core.ConfigException;
import dev.keyward.core.policy.CredentialFiles;
import dev.keyward.core.policy.CredentialPattern;
import dev.keyward.core.rule.YamlDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code policies:} section of {@code .keyward.yaml}, the settings of the policy checks ({@code
 * core.policy}); turning a policy off is {@code disable: [policy-id]}, as for rules.
 *
 * <pre>
 * policies:
 *   credential-files: ['.env', '!.env.example', {pattern: '*.json', containing: 'service_account'}]
 *   extra-credential-files: ['secrets/*.txt']
 * </pre>
 *
 * @param credentialFiles the files and directories {@code insecure-permissions} checks
 */
public record PolicySettings(List<CredentialPattern> credentialFiles) {
  private static final List<String> KEYS = List.of("credential-files", "extra-credential-files");

  public PolicySettings {
    credentialFiles = List.copyOf(credentialFiles);
  }

  /** The built-in credential-file list. */
  public static PolicySettings defaults() {
    return new PolicySettings(CredentialFiles.defaults());
  }

  /** These settings with {@code extra} patterns after the list (so they can also exclude with {@code !}). */
  public PolicySettings withExtraCredentialFiles(List<CredentialPattern> extra) {
    List<CredentialPattern> all = new ArrayList<>(credentialFiles);
    all.addAll(extra);
    return new PolicySettings(all);
  }

  /** Reads the value of {@code policies:} at the cursor; errors name the line of the mapping. */
  static PolicySettings read(YamlDocument.Cursor cursor) throws IOException, ConfigException {
    int line = cursor.line();
    JsonNode node = cursor.read(JsonNode.class);
    if (node == null || node.isNull()) {
      return defaults();
    }
    if (!node.isObject()) {
      throw cursor.error(line, "policies: expected a mapping with " + String.join(" or ", KEYS));
    }
    PolicySettings settings = defaults();
    List<CredentialPattern> extra = List.of();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "credential-files" -> settings = new PolicySettings(patterns(cursor, line, e));
        case "extra-credential-files" -> extra = patterns(cursor, line, e);
        default -> throw cursor.error(line, "policies: unknown key '" + e.getKey() + "' (expected "
            + String.join(" or ", KEYS) + ")");
      }
    }
    return settings.withExtraCredentialFiles(extra);
  }

  private static List<CredentialPattern> patterns(YamlDocument.Cursor cursor, int line, Map.Entry<String, JsonNode> e)
      throws ConfigException {
    try {
      return CredentialFiles.parse(e.getValue());
    } catch (IllegalArgumentException ex) {
      throw cursor.error(line, "policies: " + e.getKey() + ": " + ex.getMessage());
    }
  }
}

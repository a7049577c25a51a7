package dev.keyward.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ConfigException;
import dev.keyward.core.Severity;
import dev.keyward.core.policy.Policies;
import dev.keyward.core.rule.Allowlist;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RuleLoader;
import dev.keyward.core.rule.RulePack;
import dev.keyward.core.rule.YamlDocument;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .keyward.yaml}:
 *
 * <pre>
 * rules:            # added rules; an id that exists replaces the built-in rule
 *   - id: ...
 * disable: [rule-id or policy-id, ...]
 * policies:         # tuning of the policy checks
 *   credential-files: [...]        # replaces the built-in list
 *   extra-credential-files: [...]  # added after it
 * allowlist:        # applies to every rule
 *   paths: ['docs/**']
 *   regexes: ['^test-']
 *   stopwords: [dummy]
 *   fingerprints: [0f3c…]   # accepted findings: listed as suppressed, never failing
 * fail-on: high     # default for --fail-on (low|medium|high|critical; default low)
 * </pre>
 *
 * Keys are kebab-case, like the command line's options.
 *
 * Unknown keys, invalid values and unknown rule ids are errors naming the file and line.
 */
public final class ConfigLoader {
  /** The file looked for at the root of a scan when no {@code --config} is given. */
  public static final String DEFAULT_FILE = ".keyward.yaml";

  private static final List<String> KEYS = List.of("allowlist", "disable", "fail-on", "policies", "rules");

  private ConfigLoader() {}

  /** Reads {@code file}, checking disabled ids against {@code builtin}. */
  public static KeywardConfig load(Path file, RulePack builtin) throws ConfigException {
    try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
      return read(reader, file.toString(), builtin);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, "configuration file not found");
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, "not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read: " + e.getMessage());
    }
  }

  public static KeywardConfig read(Reader reader, String source, RulePack builtin) throws ConfigException {
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> disabled = new LinkedHashMap<>();
    Allowlist[] allowlist = {Allowlist.empty()};
    Severity[] failOn = {Severity.LOW};
    PolicySettings[] policies = {PolicySettings.defaults()};
    YamlDocument.read(reader, source, (key, cursor) -> {
      switch (key) {
        case "rules" -> RuleLoader.readRules(cursor, rules);
        case "disable" -> {
          int line = cursor.line();
          for (String id : cursor.read(String[].class)) {
            disabled.put(id, line);
          }
        }
        case "allowlist" -> allowlist[0] = RuleLoader.readAllowlist(cursor, "allowlist");
        case "fail-on" -> failOn[0] = severity(cursor);
        case "policies" -> policies[0] = PolicySettings.read(cursor);
        default -> throw YamlDocument.unknownKey(cursor, key, KEYS);
      }
    });
    for (Map.Entry<String, Integer> d : disabled.entrySet()) {
      boolean known = builtin.byId(d.getKey()).isPresent()
          || rules.stream().anyMatch(r -> r.id().equals(d.getKey())) || Policies.ids().contains(d.getKey());
      if (!known) {
        throw new ConfigException(source, d.getValue(), 0,
            "disable: no rule or policy has the id '" + d.getKey() + "' (see `keyward rules`)");
      }
    }
    return new KeywardConfig(source, rules, disabled.keySet(), allowlist[0], failOn[0], policies[0]);
  }

  private static Severity severity(YamlDocument.Cursor cursor) throws IOException, ConfigException {
    int line = cursor.line();
    String value = cursor.read(String.class);
    try {
      return Severity.fromName(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw cursor.error(line, "fail-on: " + e.getMessage());
    }
  }
}

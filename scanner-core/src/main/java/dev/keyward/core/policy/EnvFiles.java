package dev.keyward.core.policy;

import java.util.Locale;
import java.util.Set;

/**
 * Which file names are env files: {@code .env}, {@code .env.local}, {@code .env.production}, {@code
 * prod.env}; not the examples meant to be committed ({@code .env.example}, {@code .sample}, {@code
 * .template}, {@code .dist}).
 */
public final class EnvFiles {
  private static final Set<String> EXAMPLE_PARTS = Set.of("example", "examples", "sample", "template", "tmpl",
      "tpl", "dist", "defaults", "schema");

  private EnvFiles() {}

  /** Whether a file called {@code name} (a file name, not a path) is an env file that holds real values. */
  public static boolean isEnvFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean env = lower.equals(".env") || lower.startsWith(".env.") || (lower.endsWith(".env") && lower.length() > 4);
    if (!env) {
      return false;
    }
    for (String part : lower.split("\\.")) {
      if (EXAMPLE_PARTS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** The .gitignore line that ignores files like {@code name}: {@code .env}, {@code .env.*} or {@code *.env}. */
  static String ignoreLine(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals(".env") ? ".env" : lower.startsWith(".env.") ? ".env.*" : "*.env";
  }
}

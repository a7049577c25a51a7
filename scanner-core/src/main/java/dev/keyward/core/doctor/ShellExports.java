package dev.keyward.core.doctor;

import dev.keyward.core.policy.SecretNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds shell startup lines that export a secret-named variable as a literal: {@code export
 * ANTHROPIC_API_KEY=…}, {@code declare -x}, csh {@code setenv}, fish {@code set -gx}. A value read
 * at login ({@code $(pass show …)}, {@code $OTHER}, backticks) is not a literal.
 */
final class ShellExports {
  private static final Pattern EXPORT = Pattern.compile(
      "^\\s*(?:export|declare\\s+-x|typeset\\s+-x)\\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$");
  private static final Pattern SETENV = Pattern.compile("^\\s*setenv\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$");
  private static final Pattern FISH = Pattern.compile(
      "^\\s*set\\s+(?=(?:-[a-zA-Z-]+\\s+)*(?:-[a-zA-Z]*x|--export))(?:-[a-zA-Z-]+\\s+)+([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$");

  /**
   * @param line 1-based
   * @param name the variable
   */
  record Export(int line, String name) {}

  private ShellExports() {}

  static List<Export> find(String text) {
    List<Export> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      for (Pattern p : List.of(EXPORT, SETENV, FISH)) {
        Matcher m = p.matcher(lines[i]);
        if (m.matches() && SecretNames.isSecretName(m.group(1)) && isLiteral(m.group(2))) {
          out.add(new Export(i + 1, m.group(1)));
          break;
        }
      }
    }
    return out;
  }

  /** Non-empty, and no expansion or command substitution outside single quotes. */
  static boolean isLiteral(String raw) {
    String value = raw.strip();
    int comment = value.indexOf(" #");
    if (comment >= 0) {
      value = value.substring(0, comment).strip();
    }
    if (value.replace("\"", "").replace("'", "").isBlank()) {
      return false;
    }
    boolean single = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'') {
        single = !single;
      } else if (!single && (c == '$' || c == '`' || c == '(')) {
        return false;
      } else if (!single && c == '\\') {
        i++;
      }
    }
    return true;
  }
}

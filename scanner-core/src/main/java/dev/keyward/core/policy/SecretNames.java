package dev.keyward.core.policy;

import java.util.regex.Pattern;

/**
 * Variable names that hold secrets: {@code *_API_KEY}, {@code *_TOKEN}, {@code *_SECRET}, {@code
 * *PASSWORD*} and their close kin ({@code *_SECRET_KEY}, {@code *_PRIVATE_KEY}); not the names that
 * point at a secret ({@code *_FILE}, {@code *_PATH}), which is the safe way to pass one.
 */
public final class SecretNames {
  private static final Pattern SECRET = Pattern.compile(
      "(?i)(?:^|_)(?:API_?KEY|TOKEN|SECRET|SECRET_KEY|SECRET_ACCESS_KEY|PRIVATE_KEY|AUTH_TOKEN|ACCESS_KEY)$"
          + "|PASSWORD|PASSWD");
  private static final Pattern POINTER = Pattern.compile("(?i).*_(?:FILE|PATH|DIR|LENGTH|POLICY|URL|HELPER)$");

  private SecretNames() {}

  public static boolean isSecretName(String name) {
    return SECRET.matcher(name).find() && !POINTER.matcher(name).matches();
  }
}

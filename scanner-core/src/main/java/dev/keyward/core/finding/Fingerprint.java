package dev.keyward.core.finding;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A stable identity for a finding that survives moved lines: SHA-256 over rule id, secret and path,
 * truncated to 128 bits. It never contains the secret.
 */
public record Fingerprint(String value) {
  public Fingerprint {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("a fingerprint is 32 lower-case hex digits");
    }
  }

  public static Fingerprint of(String ruleId, Secret secret, String path) {
    return hash("keyward/v1", ruleId, secret.reveal(), path);
  }

  /** The fingerprint of a policy finding: rule id and path (there is no secret). */
  public static Fingerprint ofPolicy(String ruleId, String path) {
    return hash("keyward/policy/v1", ruleId, path);
  }

  /** The fingerprint of one of several findings of a policy in one file, told apart by {@code subject}. */
  public static Fingerprint ofPolicy(String ruleId, String path, String subject) {
    return subject.isEmpty() ? ofPolicy(ruleId, path) : hash("keyward/policy/v1", ruleId, path, subject);
  }

  private static Fingerprint hash(String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    for (String part : parts) {
      sha.update(part.getBytes(UTF_8));
      sha.update((byte) 0);
    }
    byte[] digest = sha.digest();
    return new Fingerprint(HexFormat.of().formatHex(digest, 0, 16));
  }

  @Override
  public String toString() {
    return value;
  }
}

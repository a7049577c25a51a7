package dev.keyward.core.rule.validator;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.zip.CRC32;

/**
 * GitHub's classic token format ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code
 * ghr_}): 30 random base62 characters after the prefix, then the CRC32 of those 30 characters in six
 * base62 digits. A typo'd or invented token fails the check; a real one never does.
 */
public final class GithubCrc32Checksum implements Validator {
  static final int RANDOM_CHARS = 30;
  static final int CHECKSUM_CHARS = 6;

  @Override
  public String name() {
    return "github-crc32";
  }

  @Override
  public boolean isValid(CharSequence secret) {
    String token = secret.toString();
    int underscore = token.indexOf('_');
    String body = token.substring(underscore + 1);
    if (body.length() != RANDOM_CHARS + CHECKSUM_CHARS) {
      return false;
    }
    String random = body.substring(0, RANDOM_CHARS);
    return checksum(random).equals(body.substring(RANDOM_CHARS));
  }

  /** The six-character checksum GitHub appends to {@code random}. */
  public static String checksum(String random) {
    CRC32 crc = new CRC32();
    crc.update(random.getBytes(US_ASCII));
    return Base62.encode(crc.getValue(), CHECKSUM_CHARS);
  }
}

package dev.keyward.core.doctor;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a private key file is protected by a passphrase: PEM with {@code Proc-Type: 4,ENCRYPTED},
 * PKCS#8 {@code ENCRYPTED PRIVATE KEY}, or an OpenSSH key whose cipher is not {@code none}.
 */
final class PrivateKeys {
  private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(.*?)-----END", Pattern.DOTALL);
  private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(US_ASCII);

  private PrivateKeys() {}

  /** Empty when {@code content} is no private key; otherwise whether it is encrypted. */
  static Optional<Boolean> encrypted(byte[] content) {
    Matcher m = PEM.matcher(new String(content, ISO_8859_1));
    if (!m.find()) {
      return Optional.empty();
    }
    String kind = m.group(1).strip();
    String body = m.group(2);
    if (kind.equals("ENCRYPTED") || body.contains("ENCRYPTED")) {
      return Optional.of(true);
    }
    if (kind.equals("OPENSSH")) {
      return Optional.of(opensshEncrypted(body));
    }
    return Optional.of(false);
  }

  /** The cipher name of an OpenSSH key; anything unreadable counts as encrypted (no false alarm). */
  private static boolean opensshEncrypted(String base64) {
    try {
      ByteBuffer b = ByteBuffer.wrap(Base64.getMimeDecoder().decode(base64.strip()));
      byte[] magic = new byte[OPENSSH_MAGIC.length];
      b.get(magic);
      if (!java.util.Arrays.equals(magic, OPENSSH_MAGIC)) {
        return true;
      }
      byte[] cipher = new byte[b.getInt()];
      b.get(cipher);
      return !new String(cipher, US_ASCII).equals("none");
    } catch (RuntimeException e) {
      return true;
    }
  }
}

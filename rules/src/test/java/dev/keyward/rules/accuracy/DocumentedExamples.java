package dev.keyward.rules.accuracy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials that providers publish in their documentation and that therefore are not secrets. They
 * are assembled from pieces (or computed) at run time so that this repository holds no key-shaped
 * literal; only the generated corpus contains them.
 */
final class DocumentedExamples {
  private DocumentedExamples() {}

  /** The access key ID in AWS's IAM documentation examples. */
  static String awsAccessKeyId() {
    return String.join("", "AK", "IA", "IOSFODNN7", "EXAMPLE");
  }

  /** The secret access key paired with it in the same documentation. */
  static String awsSecretAccessKey() {
    return String.join("", "wJalrXUtnFEMI", "/K7MDENG", "/bPxRfiCY", "EXAMPLEKEY");
  }

  /** The account key every Azurite / Azure Storage Emulator install ships with. */
  static String azuriteAccountKey() {
    return String.join("", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6", "IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr",
        "/KBHBeksoGMGw", "==");
  }

  static String azuriteConnectionString() {
    return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + azuriteAccountKey()
        + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
  }

  /** The HS256 token jwt.io shows by default, computed from its published header, payload and key. */
  static String jwtIoExample() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8)) + "."
        + b64.encodeToString("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}".getBytes(UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec("your-256-bit-secret".getBytes(UTF_8), "HmacSHA256"));
      return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}

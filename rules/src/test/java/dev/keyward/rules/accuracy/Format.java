package dev.keyward.rules.accuracy;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * One kind of file in the corpus: where it goes, how its text is encoded, its frame (header,
 * separator between entries, footer) and how it writes an entry in its own syntax.
 *
 * @param id unique, e.g. {@code yaml-crlf}
 * @param fileType the language, for counting file types ({@code yaml} for both YAML formats)
 * @param path the file's path in the corpus for a family name (kebab-case)
 */
record Format(String id, String fileType, Function<String, String> path, Encoding encoding,
    Function<String, String> header, String separator, String footer, Renderer renderer) {

  /** How an entry is written. Empty means the format has no natural way to hold it. */
  interface Renderer {
    /** A one-line value (secret marked) assigned to {@code name}. */
    Optional<Marked> value(Name name, Marked value, Random r);

    /**
     * A hard negative's one-line value. Like {@link #value}, except that a format with a slot whose
     * schema makes any value a secret (a Maven server's {@code <password>}, the password of a URL's
     * user) writes it where its name stays visible: a look-alike in such a slot would no longer be a
     * look-alike.
     */
    default Optional<Marked> lookalike(Name name, Marked value, Random r) {
      return value(name, value, r);
    }

    /** A multi-line value, kept multi-line where the syntax allows, else escaped. */
    default Optional<Marked> block(Name name, Marked block, Random r) {
      return Optional.empty();
    }

    /** A JSON object value embedded as structure. */
    default Optional<Marked> json(Name name, Marked json, Random r) {
      return Optional.empty();
    }

    /** A rule example line as it is (documentation, a shell command). */
    default Optional<Marked> verbatim(Marked line, Random r) {
      return Optional.empty();
    }

    /** A value read from the environment or a secret store instead of a literal (a hard negative). */
    Optional<Marked> reference(Name name, Random r);
  }

  /** How the text becomes bytes. */
  enum Encoding {
    UTF8, UTF8_CRLF, UTF16LE_BOM_CRLF;

    byte[] encode(String text) {
      return switch (this) {
        case UTF8 -> text.getBytes(UTF_8);
        case UTF8_CRLF -> text.replace("\n", "\r\n").getBytes(UTF_8);
        case UTF16LE_BOM_CRLF -> withBom(text.replace("\n", "\r\n"));
      };
    }

    String decode(byte[] bytes) {
      return switch (this) {
        case UTF8 -> new String(bytes, UTF_8);
        case UTF8_CRLF -> new String(bytes, UTF_8).replace("\r\n", "\n");
        case UTF16LE_BOM_CRLF -> new String(bytes, 2, bytes.length - 2, UTF_16LE).replace("\r\n", "\n");
      };
    }

    private static byte[] withBom(String text) {
      byte[] body = text.getBytes(UTF_16LE);
      return ByteBuffer.allocate(body.length + 2).put((byte) 0xFF).put((byte) 0xFE).put(body).array();
    }
  }
}

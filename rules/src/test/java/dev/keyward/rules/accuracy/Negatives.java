package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Syntax.pick;

import dev.keyward.core.testkit.FakeKeys;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The catalogue of hard negatives. Each category makes one look-alike from a random source and the
 * names and key prefixes of the family whose files it goes into ({@code ANTHROPIC_API_KEY},
 * {@code sk-ant-api03-}), so placeholders sit under the same names real keys do.
 */
final class Negatives {
  /** A family's variable names and its keys' literal prefixes. */
  record Context(List<Name> names, List<String> prefixes) {
    Name name(Random r) {
      return pick(r, names);
    }

    String prefix(Random r) {
      return prefixes.isEmpty() ? "" : pick(r, prefixes);
    }
  }

  private static final List<BiFunction<Random, Context, Negative>> CATEGORIES = List.of(
      Negatives::placeholder, Negatives::redacted, (r, c) -> Negative.reference("env-reference", c.name(r)),
      Negatives::templateString, Negatives::uuid, Negatives::gitSha, Negatives::hash, Negatives::lowEntropy,
      Negatives::documented, Negatives::dataUri, Negatives::encrypted, Negatives::publicKey, Negatives::identifier,
      Negatives::sriHash, Negatives::urlWithoutSecret, Negatives::publicBlock);

  private Negatives() {}

  static int categories() {
    return CATEGORIES.size();
  }

  /** The look-alike of category {@code index} (modulo the number of categories). */
  static Negative make(int index, Random r, Context c) {
    return CATEGORIES.get(Math.floorMod(index, CATEGORIES.size())).apply(r, c);
  }

  static String fake(Random r, String template) {
    return FakeKeys.expand(template, r.nextLong()).text();
  }

  private static Negative placeholder(Random r, Context c) {
    String prefix = c.prefix(r);
    String value = pick(r, List.of(prefix + "X".repeat(20 + r.nextInt(30)), "<your-api-key>", "<YOUR_TOKEN_HERE>",
        "your-api-key-here", "changeme", "REPLACE_ME", "TODO", "********", "dummy", prefix + "<your-key>",
        "insert-your-token-here", prefix + "xxxxxxxxxxxxxxxxxxxxxxxx"));
    return Negative.value("placeholder", c.name(r), value);
  }

  private static Negative redacted(Random r, Context c) {
    String prefix = c.prefix(r);
    return Negative.value("redacted", c.name(r), pick(r, List.of(prefix + "...", prefix + "****************",
        "***REDACTED***", "[REDACTED]", prefix + "<redacted>")));
  }

  private static Negative templateString(Random r, Context c) {
    Name n = c.name(r);
    return Negative.value("template-string", n, pick(r, List.of("${" + n.upper() + "}", "${{ secrets." + n.upper() + " }}",
        "{{ " + n.snake() + " }}", "%(" + n.snake() + ")s", "$" + n.upper(), "#{" + n.snake() + "}",
        "<%= ENV[\"" + n.upper() + "\"] %>", "${" + n.dotted() + ":}")));
  }

  private static Negative uuid(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("client_id", "tenant_id", "subscription_id", "request_id", "installation_id",
        "api_key_id", "project_id", "trace_id", "key_id")));
    return Negative.value("uuid", n, new UUID(r.nextLong(), r.nextLong()).toString());
  }

  private static Negative gitSha(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("git_commit", "revision", "source_version", "build_sha", "commit_sha",
        "base_ref_sha")));
    return Negative.value("git-sha", n, fake(r, "{hex:40}"));
  }

  private static Negative hash(Random r, Context c) {
    Name n = c.name(r).plus(pick(r, List.of("sha256", "checksum", "hash", "digest", "fingerprint")));
    return Negative.value("hash", n, fake(r, pick(r, List.of("{hex:64}", "{hex:40}", "{hex:32}", "sha256:{hex:64}",
        "SHA256:{b64:43}"))));
  }

  private static Negative lowEntropy(Random r, Context c) {
    return Negative.value("low-entropy", c.name(r), pick(r, List.of("password123", "a".repeat(32),
        "abcdefghijklmnopqrstuvwxyz012345", "0123456789abcdef0123456789abcdef", "test-key-0000000000",
        "secretsecretsecretsecret", "qwertyuiopasdfghjklzxcvbnm", "1111111111111111", c.prefix(r) + "0".repeat(24),
        "testtesttesttest")));
  }

  private static Negative documented(Random r, Context c) {
    return switch (r.nextInt(4)) {
      case 0 -> Negative.value("documented-aws-key-id", Name.parse("aws_access_key_id"), DocumentedExamples.awsAccessKeyId());
      case 1 -> Negative.value("documented-aws-secret", Name.parse("aws_secret_access_key"),
          DocumentedExamples.awsSecretAccessKey());
      case 2 -> Negative.value("documented-jwt-io", Name.parse("id_token"), DocumentedExamples.jwtIoExample());
      default -> Negative.value("documented-azurite-key", Name.parse("storage_connection_string"),
          DocumentedExamples.azuriteConnectionString());
    };
  }

  private static Negative dataUri(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("logo", "icon", "font_data", "avatar", "placeholder_image", "spinner")));
    int len = 4 * (30 + r.nextInt(120));
    String body = pick(r, List.of("image/png;base64,iVBORw0KGgoAAAANSUhEUgAA", "font/woff2;base64,d09GMgABAAAAA",
        "font/woff;base64,d09GRgABAAAAA", "image/gif;base64,R0lGODlhAQABAIAAAP",
        "image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci"));
    return Negative.value("data-uri", n, "data:" + body + fake(r, "{b64:" + len + "}"));
  }

  private static Negative encrypted(Random r, Context c) {
    return Negative.value("encrypted-value", c.name(r), fake(r, pick(r, List.of("{{cipher}}{hex:96}",
        "{{{b64:43}=}}", "ENC({b64:44})", "ENC[AES256_GCM,data:{b64:32},iv:{b64:43}=,tag:{b64:22}==,type:str]",
        "vault:secret/data/acme#password"))));
  }

  private static Negative publicKey(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("deploy_public_key", "ssh_authorized_key", "signing_public_key")));
    return Negative.value("public-key", n, fake(r, pick(r, List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64:43} deploy@ci",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64:338} ci@build",
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{b64:87}= ops@bastion"))));
  }

  private static Negative identifier(Random r, Context c) {
    return switch (r.nextInt(4)) {
      case 0 -> Negative.value("identifier", Name.parse("alphabet"),
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
      case 1 -> Negative.value("identifier", Name.parse("chunk_file"), fake(r, "static/js/main.{hex:8}.chunk.js"));
      case 2 -> Negative.value("identifier", Name.parse("token_class_name"), fake(r, "_{b62:5}_{b62:6} {lower:8}-{b62:5}"));
      default -> Negative.value("identifier", Name.parse("mappings"), fake(r,
          "AAAA,SAAS{upper:4},IAAI{upper:4};AACA,{upper:2}gBAAgB,{upper:4}E,{b62:6};AAC7B"));
    };
  }

  private static Negative sriHash(Random r, Context c) {
    return Negative.value("sri-hash", Name.parse("integrity"), fake(r, pick(r, List.of("sha384-{b64:64}",
        "sha512-{b64:86}==", "sha256-{b64:43}="))));
  }

  private static Negative urlWithoutSecret(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("database_url", "redis_url", "broker_url", "repository_url")));
    return Negative.value("url-without-secret", n, pick(r, List.of("postgres://app@db.internal:5432/app",
        "jdbc:postgresql://db.internal:5432/app?user=app", "https://deploy@git.acme-corp.io/acme/app.git",
        "redis://cache.internal:6379/0", "mongodb://db.internal:27017/app?authSource=admin",
        "postgres://app:${DB_PASSWORD}@db.internal:5432/app")));
  }

  private static Negative publicBlock(Random r, Context c) {
    Name n = Name.parse(pick(r, List.of("tls_cert", "ca_bundle", "public_key", "signing_key", "vault_payload")));
    return Negative.block("public-or-placeholder-block", n, fake(r, pick(r, List.of(
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{b64:20}\n{b64:64}\n{b64:64}\n{b64:40}IDAQAB\n"
            + "-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE{b64:44}\n{b64:64}\n{b64:64}\n{b64:30}==\n-----END CERTIFICATE-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG{b64:58}\n{b64:64}\n{b64:64}\n={b64:4}\n-----END PGP PUBLIC KEY BLOCK-----",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----",
        "$ANSIBLE_VAULT;1.1;AES256\n{hex:80}\n{hex:80}\n{hex:80}\n{hex:40}"))));
  }
}

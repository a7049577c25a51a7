package dev.keyward.core.policy;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import dev.keyward.core.finding.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Dockerfile that bakes a secret into an image: {@code ENV}/{@code ARG} setting a secret-named
 * variable to a literal ({@code ENV X=$Y}, {@code ARG X} without default and {@code ${X}} are not
 * literals), or {@code COPY}/{@code ADD} of a credential file. Every stage counts: a layer keeps
 * what it was given even if a later stage does not copy it.
 */
final class DockerfileBakedSecret extends BasePolicy {
  static final String ID = "dockerfile-baked-secret";

  DockerfileBakedSecret() {
    super(ID, Severity.HIGH,
        "Dockerfile ENV/ARG setting a secret-named variable to a literal, or COPY/ADD of a credential file");
  }

  private static final Set<String> CREDENTIAL_NAMES = Set.of(".claude.json", ".credentials.json", ".npmrc",
      ".pypirc", ".netrc", "_netrc", ".pgpass", ".git-credentials", ".dockercfg", "id_rsa", "id_dsa", "id_ecdsa",
      "id_ed25519", "kubeconfig", ".ssh", ".aws", ".kube", ".gnupg", ".docker");
  private static final List<String> CREDENTIAL_SUFFIXES = List.of(".pem", ".key", ".p12", ".pfx", ".jks",
      ".keystore", "/.aws/credentials", "/.docker/config.json", "/.kube/config");
  /** Made on first use (a JSON-form COPY/ADD): data binding costs a cold start ~150 ms. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static boolean isDockerfile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("dockerfile") || n.equals("containerfile") || n.startsWith("dockerfile.")
        || n.startsWith("containerfile.") || n.endsWith(".dockerfile") || n.endsWith(".containerfile");
  }

  @Override
  public void check(PolicyFile file, PolicyOutput out) {
    if (file.directory() || !isDockerfile(file.name())) {
      return;
    }
    Optional<byte[]> content = file.content();
    if (content.isEmpty()) {
      return;
    }
    String text = new String(content.get(), UTF_8);
    char escape = DockerfileParser.escapeOf(text);
    for (DockerInstruction instruction : DockerfileParser.parse(text)) {
      switch (instruction.keyword()) {
        case "ENV", "ARG" -> variables(file, instruction, escape, out);
        case "COPY", "ADD" -> copies(file, instruction, escape, out);
        default -> { }
      }
    }
  }

  private void variables(PolicyFile file, DockerInstruction instruction, char escape, PolicyOutput out) {
    List<DockerInstruction.Word> words = instruction.words(escape);
    boolean legacyEnv = instruction.keyword().equals("ENV") && !words.isEmpty() && !words.get(0).text().contains("=");
    if (legacyEnv) {
      String value = instruction.arguments().substring(words.get(0).text().length()).strip();
      check(file, instruction, words.get(0).text(), value, words.get(0).start(), escape, out);
      return;
    }
    for (DockerInstruction.Word word : words) {
      int eq = word.text().indexOf('=');
      if (eq > 0) {
        check(file, instruction, word.text().substring(0, eq), word.text().substring(eq + 1), word.start(), escape, out);
      }
    }
  }

  private void check(PolicyFile file, DockerInstruction instruction, String name, String value, int offset,
      char escape, PolicyOutput out) {
    if (!SecretNames.isSecretName(name) || !isLiteral(value, escape)) {
      return;
    }
    String message = instruction.keyword().equals("ENV")
        ? "ENV sets " + name + " to a literal value, which stays in the image for anyone who pulls it "
            + "(docker inspect): pass it at run time (docker run -e " + name + ") or from a secrets manager"
        : "ARG " + name + " has a literal default, which the image's build history keeps: drop the default, "
            + "and pass build secrets with RUN --mount=type=secret instead of ARG";
    report(file, instruction.lineAt(offset), message, instruction.keyword() + " " + name, out);
  }

  /** Whether an ENV/ARG value is a literal: not empty, and no {@code $} expansion outside single quotes. */
  static boolean isLiteral(String value, char escape) {
    String unquoted = value.replace("\"", "").replace("'", "");
    if (unquoted.isBlank()) {
      return false;
    }
    boolean single = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == escape && !single) {
        i++;
      } else if (c == '\'') {
        single = !single;
      } else if (c == '$' && !single) {
        return false;
      }
    }
    return true;
  }

  private void copies(PolicyFile file, DockerInstruction instruction, char escape, PolicyOutput out) {
    List<String> sources = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    String args = instruction.arguments();
    List<DockerInstruction.Word> words = instruction.words(escape);
    words.removeIf(w -> w.text().startsWith("--"));
    if (!words.isEmpty() && words.get(0).text().startsWith("[")) {
      int start = words.get(0).start();
      for (String s : jsonArray(args.substring(start))) {
        sources.add(s);
        offsets.add(start);
      }
    } else {
      words.stream().filter(w -> !w.text().startsWith("<<")).forEach(w -> {
        sources.add(w.text().replace("\"", ""));
        offsets.add(w.start());
      });
    }
    for (int i = 0; i < sources.size() - 1; i++) {
      if (isCredential(sources.get(i))) {
        report(file, instruction.lineAt(offsets.get(i)), instruction.keyword() + " puts " + sources.get(i)
            + " into the image, where its layer keeps it: mount it for the build step that needs it "
            + "(RUN --mount=type=secret) and list it in .dockerignore", instruction.keyword() + " " + sources.get(i), out);
      }
    }
  }

  private static List<String> jsonArray(String text) {
    try {
      return List.of(Json.MAPPER.readValue(text, String[].class));
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  static boolean isCredential(String source) {
    String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = "/" + path.toLowerCase(Locale.ROOT);
    return EnvFiles.isEnvFile(name) || CREDENTIAL_NAMES.contains(name.toLowerCase(Locale.ROOT))
        || CREDENTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  private void report(PolicyFile file, int line, String message, String subject, PolicyOutput out) {
    out.finding(Finding.policy(ID, severity(), message, file.origin(), new Span(line, 1, line, 1), subject));
  }
}

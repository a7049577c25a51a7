package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Syntax.dq;
import static dev.keyward.rules.accuracy.Syntax.indent;
import static dev.keyward.rules.accuracy.Syntax.line;
import static dev.keyward.rules.accuracy.Syntax.ref;

import dev.keyward.rules.accuracy.Format.Encoding;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Configuration files: YAML (LF and CRLF), JSON, .properties, .env, Terraform. */
final class ConfigFormats {
  private ConfigFormats() {}

  static List<Format> all() {
    return List.of(yaml(), yamlCrlf(), json(), properties(), env(), terraform());
  }

  static Format yaml() {
    return new Format("yaml", "yaml", f -> "deploy/" + f + "/values.yaml", Encoding.UTF8,
        f -> "# values of the " + f + " deployment\n", "\n", "\n", new YamlRenderer());
  }

  static Format yamlCrlf() {
    return new Format("yaml-crlf", "yaml", f -> "deploy/" + f + "/values.windows.yaml", Encoding.UTF8_CRLF,
        f -> "# values of the " + f + " deployment (edited on Windows)\n", "\n", "\n", new YamlRenderer());
  }

  /** YAML mappings: plain, quoted, Kubernetes env lists, block scalars, flow mappings. */
  static final class YamlRenderer implements Format.Renderer {
    public Optional<Marked> value(Name n, Marked v, Random r) {
      return switch (r.nextInt(5)) {
        case 0 -> Syntax.plainSafe(v.text()) ? line(n.snake() + ": ", v, "") : line(n.snake() + ": ", dq(v), "");
        case 1 -> line(n.snake() + ": ", dq(v), "");
        case 2 -> line(n.snake() + ": ", Syntax.quoted(v, s -> s.replace("'", "''"), "'"), "");
        case 3 -> line(n.snake() + ":\n  - name: " + n.upper() + "\n    value: ", dq(v), "");
        default -> line(n.snake() + ":\n  value: ", dq(v), "");
      };
    }

    public Optional<Marked> block(Name n, Marked b, Random r) {
      return line(n.snake() + ": |\n", indent(b, "  "), "");
    }

    public Optional<Marked> json(Name n, Marked j, Random r) {
      return j.multiLine() ? line(n.snake() + ":\n", indent(j, "  "), "") : line(n.snake() + ": ", j, "");
    }

    public Optional<Marked> reference(Name n, Random r) {
      return ref(switch (r.nextInt(4)) {
        case 0 -> n.snake() + ": ${" + n.upper() + "}";
        case 1 -> n.snake() + ": ${{ secrets." + n.upper() + " }}";
        case 2 -> n.snake() + ": \"{{ .Values." + n.camel() + " }}\"";
        default -> n.snake() + ":\n  valueFrom:\n    secretKeyRef:\n      name: app-secrets\n      key: " + n.kebab();
      });
    }
  }

  static Format json() {
    return new Format("json", "json", f -> "config/" + f + ".json", Encoding.UTF8, f -> "{\n", ",\n", "\n}\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return line("  \"" + n.camel() + "\": ", dq(v), "");
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("  \"" + n.camel() + "\": ", dq(b), "");
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return line("  \"" + n.camel() + "\": ", j.map(s -> s.replace("\n", "\n  ")), "");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref("  \"" + n.camel() + "\": " + Syntax.pick(r, List.of("\"${" + n.upper() + "}\"",
                "\"$" + n.upper() + "\"", "\"{{" + n.upper() + "}}\"", "\"env:" + n.upper() + "\"")));
          }
        });
  }

  static Format properties() {
    return new Format("properties", "properties", f -> "src/main/resources/application-" + f + ".properties",
        Encoding.UTF8, f -> "# " + f + " settings\n", "\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked escaped = v.map(s -> s.replace("\\", "\\\\"));
            return line(n.dotted() + Syntax.pick(r, List.of("=", " = ", ": ")), escaped, "");
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line(n.dotted() + "=", b.map(s -> s.replace("\\", "\\\\").replace("\n", "\\n")), "");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(n.dotted() + "=" + Syntax.pick(r, List.of("${" + n.upper() + "}", "${" + n.upper() + ":}",
                "${vault." + n.dotted() + "}")));
          }
        });
  }

  static Format env() {
    return new Format("env", "env", f -> "env/" + f + "/.env", Encoding.UTF8, f -> "# " + f + "\n", "\n", "\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return switch (r.nextInt(3)) {
              case 0 -> Syntax.plainSafe(v.text()) ? line(n.upper() + "=", v, "") : line(n.upper() + "=", dq(v), "");
              case 1 -> line(n.upper() + "=", dq(v), "");
              default -> line("export " + n.upper() + "=", Syntax.quoted(v, s -> s, "'"), "");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line(n.upper() + "=\"", b, "\"");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(Syntax.pick(r, List.of(n.upper() + "=", n.upper() + "=${" + n.upper() + "_FROM_VAULT}",
                n.upper() + "=$(cat /run/secrets/" + n.kebab() + ")")));
          }
        });
  }

  static Format terraform() {
    return new Format("terraform", "terraform", f -> "infra/" + f + "/main.tf", Encoding.UTF8,
        f -> "terraform {\n  required_version = \">= 1.5\"\n}\n\n", "\n\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked s = Syntax.quoted(v, x -> Syntax.cString(x).replace("${", "$${"), "\"");
            return switch (r.nextInt(3)) {
              case 0 -> line("locals {\n  " + n.snake() + " = ", s, "\n}");
              case 1 -> line("variable \"" + n.snake() + "\" {\n  type      = string\n  sensitive = true\n  default   = ", s, "\n}");
              default -> line("resource \"github_actions_secret\" \"" + n.snake() + "\" {\n  repository      = \"app\"\n"
                  + "  secret_name     = \"" + n.upper() + "\"\n  plaintext_value = ", s, "\n}");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("locals {\n  " + n.snake() + " = <<-EOT\n", indent(b, "    "), "\n  EOT\n}");
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return line("locals {\n  " + n.snake() + " = jsonencode(", j, ")\n}");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref("locals {\n  " + n.snake() + " = " + Syntax.pick(r, List.of("var." + n.snake(),
                "data.aws_secretsmanager_secret_version." + n.snake() + ".secret_string", "sensitive(var." + n.snake() + ")"))
                + "\n}");
          }
        });
  }
}

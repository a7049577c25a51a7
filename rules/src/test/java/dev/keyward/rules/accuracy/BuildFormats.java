package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Syntax.dq;
import static dev.keyward.rules.accuracy.Syntax.line;
import static dev.keyward.rules.accuracy.Syntax.ref;

import dev.keyward.rules.accuracy.Format.Encoding;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/** Build and ops files: Dockerfile, shell, pom.xml, Maven settings.xml, Windows .cmd (CRLF), PowerShell (UTF-16). */
final class BuildFormats {
  /** Example lines that are shell commands already. */
  static final Pattern COMMAND = Pattern.compile("^(curl|git|docker|gitlab-runner|export|npm) .*");

  private BuildFormats() {}

  static List<Format> all() {
    return List.of(dockerfile(), shell(), pom(), mavenSettings(), cmd(), powershell());
  }

  static Format dockerfile() {
    return new Format("dockerfile", "dockerfile", f -> "docker/" + f + "/Dockerfile", Encoding.UTF8,
        f -> "# syntax=docker/dockerfile:1\nFROM eclipse-temurin:17-jre\nWORKDIR /app\n", "\n",
        "\nCMD [\"java\", \"-jar\", \"app.jar\"]\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked q = Syntax.plainSafe(v.text()) ? v : dq(v);
            return switch (r.nextInt(3)) {
              case 0 -> line("ENV " + n.upper() + "=", q, "");
              case 1 -> line("ARG " + n.upper() + "=", q, "");
              default -> line("ENV " + n.upper() + " ", q, "");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("COPY <<EOF /etc/app/" + n.kebab() + "\n", b, "\nEOF");
          }

          public Optional<Marked> verbatim(Marked l, Random r) {
            return !l.multiLine() && l.text().startsWith("curl ") ? line("RUN ", l, "") : Optional.empty();
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(Syntax.pick(r, List.of("ARG " + n.upper(), "ENV " + n.upper() + "=${" + n.upper() + "}",
                "RUN --mount=type=secret,id=" + n.kebab() + " " + n.upper() + "=$(cat /run/secrets/" + n.kebab()
                + ") ./deploy.sh")));
          }
        });
  }

  static Format shell() {
    return new Format("shell", "shell", f -> "scripts/" + f + "-setup.sh", Encoding.UTF8,
        f -> "#!/usr/bin/env bash\n# sets up the " + f + " integration\nset -euo pipefail\n\n", "\n", "\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked q = Syntax.quoted(v, s -> s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$")
                .replace("`", "\\`"), "\"");
            return switch (r.nextInt(3)) {
              case 0 -> line("export " + n.upper() + "=", q, "");
              case 1 -> line(n.upper() + "=", Syntax.quoted(v, s -> s, "'"), "");
              default -> line("readonly " + n.upper() + "=", q, "");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("cat > \"$HOME/.config/acme/" + n.kebab() + "\" <<'EOF'\n", b, "\nEOF");
          }

          public Optional<Marked> verbatim(Marked l, Random r) {
            return !l.multiLine() && COMMAND.matcher(l.text()).matches() ? Optional.of(l) : Optional.empty();
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(Syntax.pick(r, List.of("export " + n.upper() + "=\"${" + n.upper() + ":?set " + n.upper() + "}\"",
                n.upper() + "=\"$(vault kv get -field=" + n.snake() + " secret/acme)\"",
                "read -rs -p '" + n.upper() + ": ' " + n.upper())));
          }
        });
  }

  static Format pom() {
    return new Format("pom", "xml", f -> "modules/" + f + "/pom.xml", Encoding.UTF8,
        f -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>" + f
            + "</artifactId>\n  <version>1.0.0</version>\n  <properties>\n", "\n", "\n  </properties>\n</project>\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return line("    <" + n.dotted() + ">", v.map(Syntax::xml), "</" + n.dotted() + ">");
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return value(n, b, r);
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref("    <" + n.dotted() + ">" + Syntax.pick(r, List.of("${env." + n.upper() + "}",
                "${" + n.dotted() + ".from.settings}")) + "</" + n.dotted() + ">");
          }
        });
  }

  static Format mavenSettings() {
    return new Format("maven-settings", "xml", f -> "maven/" + f + "/settings.xml", Encoding.UTF8,
        f -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings>\n  <servers>\n", "\n", "\n  </servers>\n</settings>\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return r.nextBoolean()
                ? line(open(n) + "      <username>deploy</username>\n      <password>", v.map(Syntax::xml),
                    "</password>\n    </server>")
                : header(n, v);
          }

          /** Not in a {@code <password>}, which holds a password whatever it looks like. */
          public Optional<Marked> lookalike(Name n, Marked v, Random r) {
            return header(n, v);
          }

          private String open(Name n) {
            return "    <server>\n      <id>" + n.kebab() + "</id>\n";
          }

          private Optional<Marked> header(Name n, Marked v) {
            return line(open(n) + "      <configuration>\n        <httpHeaders>\n          <property>\n            <name>"
                + n.kebab() + "</name>\n            <value>", v.map(Syntax::xml),
                "</value>\n          </property>\n        </httpHeaders>\n      </configuration>\n    </server>");
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("    <server>\n      <id>" + n.kebab() + "</id>\n      <configuration>\n        <privateKeyContent>",
                b.map(Syntax::xml), "</privateKeyContent>\n      </configuration>\n    </server>");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref("    <server>\n      <id>" + n.kebab() + "</id>\n      <username>deploy</username>\n      <password>${env."
                + n.upper() + "}</password>\n    </server>");
          }
        });
  }

  static Format cmd() {
    return new Format("cmd-crlf", "batch", f -> "windows/" + f + "-env.cmd", Encoding.UTF8_CRLF,
        f -> "@echo off\nrem environment of the " + f + " integration\n", "\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            boolean special = v.text().matches(".*[&|<>^%\"].*");
            return switch (special ? 0 : r.nextInt(3)) {
              case 0 -> line("set \"" + n.upper() + "=", v.map(s -> s.replace("%", "%%")), "\"");
              case 1 -> line("set " + n.upper() + "=", v, "");
              default -> line("setx " + n.upper() + " \"", v, "\"");
            };
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(r.nextBoolean() ? "set " + n.upper() + "=%" + n.upper() + "%"
                : "if not defined " + n.upper() + " set /p " + n.upper() + "=Enter " + n.kebab() + ": ");
          }
        });
  }

  static Format powershell() {
    return new Format("ps1-utf16", "powershell", f -> "windows/" + f + "-env.ps1", Encoding.UTF16LE_BOM_CRLF,
        f -> "# environment of the " + f + " integration (saved as UTF-16)\n", "\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked q = Syntax.quoted(v, s -> s.replace("`", "``").replace("\"", "`\"").replace("$", "`$"), "\"");
            return switch (r.nextInt(3)) {
              case 0 -> line("$env:" + n.upper() + " = ", q, "");
              case 1 -> line("$" + n.camel() + " = ", Syntax.quoted(v, s -> s.replace("'", "''"), "'"), "");
              default -> line("[Environment]::SetEnvironmentVariable(\"" + n.upper() + "\", ", q, ", \"User\")");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("$" + n.camel() + " = @'\n", b, "\n'@");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(Syntax.pick(r, List.of("$env:" + n.upper() + " = (Get-Secret -Name " + n.kebab() + " -AsPlainText)",
                "$" + n.camel() + " = $env:" + n.upper(), "$" + n.camel() + " = Read-Host -AsSecureString")));
          }
        });
  }
}

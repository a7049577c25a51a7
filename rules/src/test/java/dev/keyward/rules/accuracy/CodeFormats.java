package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Syntax.dq;
import static dev.keyward.rules.accuracy.Syntax.indent;
import static dev.keyward.rules.accuracy.Syntax.line;
import static dev.keyward.rules.accuracy.Syntax.ref;

import dev.keyward.rules.accuracy.Format.Encoding;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Source code: Java, Kotlin, Python, JavaScript, TypeScript, Go. */
final class CodeFormats {
  private CodeFormats() {}

  static List<Format> all() {
    return List.of(java(), kotlin(), python(), javascript(), typescript(), go());
  }

  static Format java() {
    return new Format("java", "java", f -> "src/main/java/com/acme/config/" + Name.parse(f).pascal() + "Config.java",
        Encoding.UTF8, f -> "package com.acme.config;\n\nimport java.util.Map;\nimport org.springframework.beans.factory"
        + ".annotation.Value;\n\n/** Settings of the " + f + " integration. */\npublic final class "
        + Name.parse(f).pascal() + "Config {\n", "\n", "\n}\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return switch (r.nextInt(3)) {
              case 0 -> line("  private static final String " + n.upper() + " = ", dq(v), ";");
              case 1 -> line("  private String " + n.camel() + " = ", dq(v), ";");
              default -> line("  public static final String " + n.upper() + " =\n      ", dq(v), ";");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("  static final String " + n.upper() + " = \"\"\"\n", indent(b, "      "), "\n      \"\"\";");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(switch (r.nextInt(3)) {
              case 0 -> "  private static final String " + n.upper() + " = System.getenv(\"" + n.upper() + "\");";
              case 1 -> "  @Value(\"${" + n.dotted() + "}\")\n  private String " + n.camel() + ";";
              default -> "  private final String " + n.camel() + " = env.getProperty(\"" + n.dotted() + "\");";
            });
          }
        });
  }

  static Format kotlin() {
    return new Format("kotlin", "kotlin", f -> "src/main/kotlin/com/acme/config/" + Name.parse(f).pascal() + "Settings.kt",
        Encoding.UTF8, f -> "package com.acme.config\n\nobject " + Name.parse(f).pascal() + "Settings {\n", "\n", "\n}\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked s = Syntax.quoted(v, x -> Syntax.cString(x).replace("$", "\\$"), "\"");
            return switch (r.nextInt(3)) {
              case 0 -> line("    const val " + n.upper() + " = ", s, "");
              case 1 -> line("    val " + n.camel() + ": String = ", s, "");
              default -> line("    var " + n.camel() + " = ", s, "");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("    val " + n.camel() + " = \"\"\"\n", indent(b, "        "), "\n    \"\"\".trimIndent()");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(switch (r.nextInt(3)) {
              case 0 -> "    val " + n.camel() + ": String = System.getenv(\"" + n.upper() + "\")";
              case 1 -> "    @Value(\"\\${" + n.dotted() + "}\")\n    lateinit var " + n.camel() + ": String";
              default -> "    val " + n.camel() + " = System.getProperty(\"" + n.dotted() + "\")";
            });
          }
        });
  }

  static Format python() {
    return new Format("python", "python", f -> "app/" + Name.parse(f).snake() + "_settings.py", Encoding.UTF8,
        f -> "\"\"\"Settings of the " + f + " integration.\"\"\"\nimport os\n\nsettings = {}\n\n", "\n", "\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return switch (r.nextInt(4)) {
              case 0 -> line(n.upper() + " = ", dq(v), "");
              case 1 -> line(n.snake() + " = ", Syntax.quoted(v, x -> x.replace("\\", "\\\\").replace("'", "\\'"), "'"), "");
              case 2 -> line("settings[\"" + n.snake() + "\"] = ", dq(v), "");
              default -> line("client = Client(" + n.snake() + "=", dq(v), ")");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line(n.upper() + " = \"\"\"\n", b, "\n\"\"\"");
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return j.text().matches("(?s).*\\b(true|false|null)\\b.*") ? Optional.empty() : line(n.snake() + " = ", j, "");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(switch (r.nextInt(3)) {
              case 0 -> n.upper() + " = os.environ[\"" + n.upper() + "\"]";
              case 1 -> n.snake() + " = os.getenv(\"" + n.upper() + "\")";
              default -> n.snake() + " = os.environ.get(\"" + n.upper() + "\", \"\")";
            });
          }
        });
  }

  static Format javascript() {
    return new Format("javascript", "javascript", f -> "web/src/" + f + ".config.js", Encoding.UTF8,
        f -> "'use strict';\n\nconst config = {};\n\n", "\n", "\nmodule.exports = config;\n", new ScriptRenderer(false));
  }

  static Format typescript() {
    return new Format("typescript", "typescript", f -> "web/src/" + f + ".client.ts", Encoding.UTF8,
        f -> "import { HttpClient } from \"@angular/common/http\";\n\n", "\n", "\n", new ScriptRenderer(true));
  }

  /** JavaScript and TypeScript. */
  private record ScriptRenderer(boolean typed) implements Format.Renderer {
    public Optional<Marked> value(Name n, Marked v, Random r) {
      return switch (r.nextInt(3)) {
        case 0 -> line("const " + n.camel() + (typed ? ": string" : "") + " = ", dq(v), ";");
        case 1 -> line("export const " + n.upper() + " = ", Syntax.quoted(v, x -> x.replace("'", "\\'"), "'"), typed ? " as const;" : ";");
        default -> typed ? line("export const " + n.camel() + " = ", dq(v), ";") : line("config." + n.camel() + " = ", dq(v), ";");
      };
    }

    public Optional<Marked> block(Name n, Marked b, Random r) {
      return line("const " + n.camel() + " = `\n", b.map(s -> s.replace("`", "\\`").replace("${", "\\${")), "\n`;");
    }

    public Optional<Marked> json(Name n, Marked j, Random r) {
      return line("export const " + n.camel() + " = ", j, typed ? " as const;" : ";");
    }

    public Optional<Marked> reference(Name n, Random r) {
      return ref(switch (r.nextInt(3)) {
        case 0 -> "const " + n.camel() + " = process.env." + n.upper() + ";";
        case 1 -> "const " + n.camel() + " = process.env[\"" + n.upper() + "\"] || \"\";";
        default -> typed ? "const " + n.camel() + " = import.meta.env.VITE_" + n.upper() + ";"
            : "config." + n.camel() + " = process.env." + n.upper() + ";";
      });
    }
  }

  static Format go() {
    return new Format("go", "go", f -> "internal/" + f.replace("-", "") + "/config.go", Encoding.UTF8,
        f -> "package " + f.replace("-", "") + "\n\nimport \"os\"\n\nvar _ = os.Getenv\n\n", "\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return switch (r.nextInt(3)) {
              case 0 -> line("const " + n.camel() + " = ", dq(v), "");
              case 1 -> line("var " + n.pascal() + " = ", dq(v), "");
              default -> line("var " + n.camel() + " string = ", dq(v), "");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return b.text().contains("`") ? Optional.empty() : line("const " + n.camel() + " = `\n", b, "\n`");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(r.nextBoolean() ? "var " + n.camel() + " = os.Getenv(\"" + n.upper() + "\")"
                : "var " + n.pascal() + ", _ = os.LookupEnv(\"" + n.upper() + "\")");
          }
        });
  }
}

package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Syntax.dq;
import static dev.keyward.rules.accuracy.Syntax.line;
import static dev.keyward.rules.accuracy.Syntax.ref;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.rules.accuracy.Format.Encoding;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/** Documentation and notebooks (Markdown, Jupyter, HTML) and the awkward places (minified, one-line, URLs, base64). */
final class DocFormats {
  private DocFormats() {}

  static List<Format> all() {
    return List.of(markdown(), notebook(), html(), minifiedJs(), jsonOneLine(), urls(), kubernetesSecret());
  }

  static Format markdown() {
    return new Format("markdown", "markdown", f -> "docs/" + f + ".md", Encoding.UTF8,
        f -> "# The " + f + " integration\n\nHow to configure it.\n\n", "\n", "", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return line("Set `" + n.upper() + "`:\n\n```sh\nexport " + n.upper() + "=", v, "\n```\n");
          }

          public Optional<Marked> verbatim(Marked l, Random r) {
            return line("For example:\n\n```\n", l, "\n```\n");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref("```sh\nexport " + n.upper() + "=\"$(op read op://vault/" + n.kebab() + "/credential)\"\n```\n");
          }
        });
  }

  static Format notebook() {
    Format.Renderer python = CodeFormats.python().renderer();
    return new Format("notebook", "ipynb", f -> "notebooks/" + f + ".ipynb", Encoding.UTF8, f -> "{\n \"cells\": [\n",
        ",\n", "\n ],\n \"metadata\": {\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", "
        + "\"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return python.value(n, v, r).map(DocFormats::cell);
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return python.block(n, b, r).map(DocFormats::cell);
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return python.json(n, j, r).map(DocFormats::cell);
          }

          public Optional<Marked> verbatim(Marked l, Random r) {
            return !l.multiLine() && l.text().startsWith("curl ") ? Optional.of(cell(l.wrap("!", ""))) : Optional.empty();
          }

          public Optional<Marked> reference(Name n, Random r) {
            return python.reference(n, r).map(DocFormats::cell);
          }
        });
  }

  /** A Jupyter code cell whose source array holds {@code code}, one JSON string per line. */
  static Marked cell(Marked code) {
    Marked source = code.map(s -> Arrays.stream(s.split("\n", -1)).map(Syntax::cString)
        .collect(Collectors.joining("\\n\",\n    \"")));
    return source.wrap("  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"metadata\": {},\n"
        + "   \"outputs\": [],\n   \"source\": [\n    \"", "\"\n   ]\n  }");
  }

  static Format html() {
    return new Format("html", "html", f -> "web/public/" + f + ".html", Encoding.UTF8,
        f -> "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + f + "</title>\n</head>\n<body>\n",
        "\n", "\n</body>\n</html>\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            Marked attr = v.map(s -> Syntax.xml(s).replace("\"", "&quot;"));
            return switch (r.nextInt(3)) {
              case 0 -> line("<script>window." + n.camel() + " = ", dq(v), ";</script>");
              case 1 -> line("<input type=\"hidden\" name=\"" + n.snake() + "\" value=\"", attr, "\">");
              default -> line("<meta name=\"" + n.kebab() + "\" content=\"", attr, "\">");
            };
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return line("<script type=\"text/plain\" id=\"" + n.kebab() + "\">\n", b, "\n</script>");
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return line("<script>window." + n.camel() + " = ", j, ";</script>");
          }

          public Optional<Marked> verbatim(Marked l, Random r) {
            return l.text().startsWith("<") ? Optional.of(l) : Optional.empty();
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(r.nextBoolean() ? "<script>window." + n.camel() + " = \"{{ " + n.camel() + " }}\";</script>"
                : "<meta name=\"" + n.kebab() + "\" content=\"%VITE_" + n.upper() + "%\">");
          }
        });
  }

  static Format minifiedJs() {
    return new Format("minified-js", "javascript", f -> "web/dist/" + f + ".min.js", Encoding.UTF8,
        f -> "/*! " + f + " v1.0.0 */!function(e){\"use strict\";var t={", ",", "};e.exports=t}(module);\n",
        new OneLineRenderer(false));
  }

  static Format jsonOneLine() {
    return new Format("json-one-line", "json", f -> "config/" + f + ".compact.json", Encoding.UTF8, f -> "{", ",", "}\n",
        new OneLineRenderer(true));
  }

  /** Members of one object on one line: a minified bundle's or a compact JSON document's. */
  private record OneLineRenderer(boolean quotedKeys) implements Format.Renderer {
    private String key(Name n) {
      return quotedKeys ? "\"" + n.camel() + "\":" : n.camel() + ":";
    }

    public Optional<Marked> value(Name n, Marked v, Random r) {
      return line(key(n), dq(v), "");
    }

    public Optional<Marked> block(Name n, Marked b, Random r) {
      return line(key(n), dq(b), "");
    }

    public Optional<Marked> json(Name n, Marked j, Random r) {
      return line(key(n), j.map(s -> s.replaceAll("\n\\s*", "")), "");
    }

    public Optional<Marked> reference(Name n, Random r) {
      return ref(key(n) + (quotedKeys ? "\"${" + n.upper() + "}\"" : "e.env." + n.upper() + "||\"\""));
    }
  }

  static Format urls() {
    return new Format("url", "conf", f -> "config/" + f + "-endpoints.conf", Encoding.UTF8,
        f -> "# endpoints of the " + f + " integration\n", "\n", "\n", new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            if (v.text().contains("://")) {
              return line(n.snake() + " = ", v, "");
            }
            if (v.text().contains(" ")) {
              return Optional.empty();
            }
            return r.nextBoolean() && v.text().matches("[A-Za-z0-9._~-]+")
                ? line(n.snake() + "_url = https://deploy:", v, "@git.acme-corp.io/acme/app.git")
                : query(n, v);
          }

          /** Not as the password of a URL's user, which is a password whatever it looks like. */
          public Optional<Marked> lookalike(Name n, Marked v, Random r) {
            return v.text().contains("://") || v.text().contains(" ") ? value(n, v, r) : query(n, v);
          }

          private Optional<Marked> query(Name n, Marked v) {
            return line(n.snake() + "_url = https://hooks.acme-corp.io/v1/notify?" + n.snake() + "=", v, "&channel=ops");
          }

          public Optional<Marked> reference(Name n, Random r) {
            return ref(n.snake() + "_url = https://hooks.acme-corp.io/v1/notify?" + n.snake() + "=${" + n.upper() + "}");
          }
        });
  }

  static Format kubernetesSecret() {
    return new Format("k8s-base64", "yaml", f -> "k8s/" + f + "-secret.yaml", Encoding.UTF8,
        f -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + f + "-credentials\ntype: Opaque\ndata:\n", "\n", "\n",
        new Format.Renderer() {
          public Optional<Marked> value(Name n, Marked v, Random r) {
            return r.nextBoolean() ? Optional.of(base64("  " + n.upper() + ": ", v.text()))
                : Optional.of(base64("  " + n.kebab() + ".env: ", n.upper() + "=" + v.text() + "\n"));
          }

          public Optional<Marked> block(Name n, Marked b, Random r) {
            return Optional.of(base64("  " + n.kebab() + ".pem: ", b.text() + "\n"));
          }

          public Optional<Marked> json(Name n, Marked j, Random r) {
            return Optional.of(base64("  " + n.kebab() + ".json: ", j.text()));
          }

          public Optional<Marked> reference(Name n, Random r) {
            return Optional.empty();
          }
        });
  }

  /** {@code key} followed by {@code plain} base64-encoded; the encoded value is marked. */
  private static Marked base64(String key, String plain) {
    return Marked.of(key, Base64.getEncoder().encodeToString(plain.getBytes(UTF_8)), "");
  }
}

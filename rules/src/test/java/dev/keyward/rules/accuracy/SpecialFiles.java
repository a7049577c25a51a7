package dev.keyward.rules.accuracy;

import static dev.keyward.rules.accuracy.Negatives.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Files that hold only look-alikes: lockfiles with integrity hashes (npm, Yarn, Go, Cargo, pip),
 * Gradle's dependency verification, a stylesheet with inlined fonts and images, an HTML page with
 * subresource integrity, SSH known_hosts and a certificate bundle.
 */
final class SpecialFiles {
  /** A negative-only file: its text, and for each mark its category. */
  record SpecialFile(String path, String format, Doc doc, List<String> categories) {}

  private SpecialFiles() {}

  static List<SpecialFile> all(Random r, int entries) {
    return List.of(
        file("web/package-lock.json", "package-lock", "{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n",
            "\n  }\n}\n", ",\n", r, entries, SpecialFiles::npmEntry),
        file("web/yarn.lock", "yarn-lock", "# yarn lockfile v1\n\n", "", "\n", r, entries, SpecialFiles::yarnEntry),
        file("go.sum", "go-sum", "", "", "", r, entries, SpecialFiles::goSumEntry),
        file("rust/Cargo.lock", "cargo-lock", "version = 3\n\n", "", "\n", r, entries, SpecialFiles::cargoEntry),
        file("app/requirements.txt", "requirements", "# pip-compile --generate-hashes\n", "", "", r, entries,
            SpecialFiles::pipEntry),
        file("gradle/verification-metadata.xml", "gradle-verification",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<verification-metadata>\n  <components>\n",
            "  </components>\n</verification-metadata>\n", "", r, entries, SpecialFiles::gradleEntry),
        file("web/src/styles.css", "css", "/* inlined assets */\n", "", "\n", r, entries, SpecialFiles::cssEntry),
        file("web/public/index.html", "html-sri", "<!doctype html>\n<html>\n<head>\n", "</head>\n</html>\n", "", r, entries,
            SpecialFiles::sriEntry),
        file("ssh/known_hosts", "known-hosts", "", "", "", r, entries, SpecialFiles::knownHostsEntry));
  }

  /** Writes {@code entries} entries between {@code header} and {@code footer}. */
  private static SpecialFile file(String path, String format, String header, String footer, String separator, Random r,
      int entries, BiConsumer<Random, Entry> entry) {
    Doc doc = new Doc().text(header);
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      if (i > 0) {
        doc.text(separator);
      }
      entry.accept(r, new Entry(doc, categories, i));
    }
    doc.text(footer);
    return new SpecialFile(path, format, doc, categories);
  }

  /** Where an entry writes: the document, the categories of its marks, and its index. */
  private record Entry(Doc doc, List<String> categories, int index) {
    Entry text(String s) {
      doc.text(s);
      return this;
    }

    Entry mark(String category, String value) {
      doc.add(Marked.whole(value));
      categories.add(category);
      return this;
    }
  }

  private static String pkg(Random r, int i) {
    return fake(r, "{lower:6}") + "-" + i;
  }

  private static void npmEntry(Random r, Entry e) {
    String name = pkg(r, e.index());
    e.text("    \"node_modules/" + name + "\": {\n      \"version\": \"1." + e.index() + ".0\",\n      \"resolved\": "
        + "\"https://registry.npmjs.org/" + name + "/-/" + name + "-1." + e.index() + ".0.tgz\",\n      \"integrity\": \"")
        .mark("lockfile-integrity", fake(r, "sha512-{b64:86}==")).text("\"\n    }");
  }

  private static void yarnEntry(Random r, Entry e) {
    String name = pkg(r, e.index());
    e.text(name + "@^2.0.0:\n  version \"2.0." + e.index() + "\"\n  resolved \"https://registry.yarnpkg.com/" + name + "/-/"
        + name + "-2.0." + e.index() + ".tgz#").mark("lockfile-integrity", fake(r, "{hex:40}"))
        .text("\"\n  integrity ").mark("lockfile-integrity", fake(r, "sha512-{b64:86}==")).text("\n");
  }

  private static void goSumEntry(Random r, Entry e) {
    String module = "github.com/acme/" + pkg(r, e.index()) + " v1." + e.index() + ".0";
    e.text(module + " h1:").mark("lockfile-integrity", fake(r, "{b64:43}=")).text("\n" + module + "/go.mod h1:")
        .mark("lockfile-integrity", fake(r, "{b64:43}=")).text("\n");
  }

  private static void cargoEntry(Random r, Entry e) {
    e.text("[[package]]\nname = \"" + pkg(r, e.index()) + "\"\nversion = \"0." + e.index()
        + ".0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"")
        .mark("lockfile-integrity", fake(r, "{hex:64}")).text("\"\n");
  }

  private static void pipEntry(Random r, Entry e) {
    e.text(pkg(r, e.index()) + "==3." + e.index() + ".0 \\\n    --hash=sha256:").mark("lockfile-integrity", fake(r, "{hex:64}"))
        .text("\n");
  }

  private static void gradleEntry(Random r, Entry e) {
    e.text("    <component group=\"com.acme\" name=\"" + pkg(r, e.index()) + "\" version=\"1.0\">\n      <artifact name=\"lib.jar\">\n"
        + "        <sha256 value=\"").mark("lockfile-integrity", fake(r, "{hex:64}")).text("\" origin=\"Generated by Gradle\"/>\n"
        + "      </artifact>\n    </component>\n");
  }

  private static void cssEntry(Random r, Entry e) {
    boolean font = e.index() % 2 == 0;
    String body = font ? "data:font/woff2;base64,d09GMgABAAAAA" : "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA";
    e.text(font ? "@font-face {\n  font-family: \"Icons" + e.index() + "\";\n  src: url(" : ".icon-" + e.index()
        + " {\n  background-image: url(\"").mark("data-uri", body + fake(r, "{b64:" + (200 + 4 * e.index()) + "}"))
        .text(font ? ") format(\"woff2\");\n}" : "\");\n}");
  }

  private static void sriEntry(Random r, Entry e) {
    e.text("<script src=\"https://cdn.acme-corp.io/lib" + e.index() + ".min.js\" integrity=\"")
        .mark("sri-hash", fake(r, "sha384-{b64:64}")).text("\" crossorigin=\"anonymous\"></script>\n");
  }

  private static void knownHostsEntry(Random r, Entry e) {
    e.text("host" + e.index() + ".acme-corp.io ").mark("public-key", fake(r, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64:43}"))
        .text("\n");
  }
}

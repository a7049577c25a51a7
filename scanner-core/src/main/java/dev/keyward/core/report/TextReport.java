package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.Severity;
import dev.keyward.core.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The human report: findings grouped under their file, then warnings, then the summary line.
 *
 * <pre>
 * src/app.properties
 *   3:11  [critical]  example-api-key  Example API key found
 *       api.key=fixt…(25 chars, redacted)
 *       fingerprint 0f3c…
 *
 * warning: big.bin: 20.0 MiB, over the 10.0 MiB limit
 * Scanned 2 files (1.2 KiB) in 0.0 s: 1 finding (1 critical); skipped 1 (1 too large).
 * </pre>
 *
 * Colour (severity coloured, path bold) only when {@link ReportSettings#color()} is set. Control
 * characters from scanned content or file names are shown escaped, so a file cannot drive the
 * terminal.
 */
final class TextReport implements ReportWriter {
  static final String CLEAN = "No secrets found.";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DETAIL_INDENT = "      ";

  @Override
  public void write(ScanResult result, ReportSettings settings, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, UTF_8);
    if (result.findings().isEmpty()) {
      line(w, CLEAN);
    } else {
      writeFindings(w, result, settings);
    }
    for (ScanWarning warning : result.warnings()) {
      line(w, "warning: " + printable(warning.message()));
    }
    line(w, result.summaryLine());
    w.flush();
  }

  private static void writeFindings(Writer w, ScanResult result, ReportSettings settings) throws IOException {
    String currentPath = null;
    for (Finding f : result.findings()) {
      String path = f.origin().displayPath();
      if (!path.equals(currentPath)) {
        if (currentPath != null) {
          line(w, "");
        }
        line(w, paint(BOLD, printable(path), settings.color()));
        currentPath = path;
      }
      writeFinding(w, f, settings);
    }
    line(w, "");
  }

  private static void writeFinding(Writer w, Finding f, ReportSettings settings) throws IOException {
    String severity = paint(color(f.severity()), "[" + f.severity().id() + "]", settings.color());
    line(w, "  " + f.span().line() + ":" + f.span().column() + "  " + severity + "  " + f.ruleId()
        + "  " + printable(f.message()));
    if (f.secret().isPresent()) {
      line(w, DETAIL_INDENT + printable(f.excerpt().render(settings.redact()).strip()));
    }
    line(w, DETAIL_INDENT + "fingerprint " + f.fingerprint().value());
  }

  private static String color(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "\u001b[1;31m";
      case HIGH -> "\u001b[31m";
      case MEDIUM -> "\u001b[33m";
      case LOW -> "\u001b[36m";
    };
  }

  private static String paint(String code, String text, boolean color) {
    return color ? code + text + RESET : text;
  }

  /**
   * Escapes control and invisible format characters (tab excepted): ESC becomes {@code \x1B}, a
   * right-to-left override (U+202E) a backslash-u escape. Scanned content can then neither drive the
   * terminal nor disguise what it shows.
   */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || !(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
        sb.append(c);
      } else if (c <= 0xff) {
        sb.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static void line(Writer w, String text) throws IOException {
    w.write(text);
    w.write('\n');
  }
}

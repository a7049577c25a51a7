package dev.keyward.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Dockerfile into instructions as BuildKit does: parser directives ({@code # escape=`}),
 * comment lines (also inside continuations), line continuations with the escape character, and
 * here-documents ({@code RUN <<EOF … EOF}, {@code <<-EOF}, quoted delimiters), whose bodies are not
 * instructions. Keywords are case-insensitive.
 */
final class DockerfileParser {
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S*)\\s*");
  private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\2");

  private final String[] lines;
  private char escape = '\\';
  private int next;

  private DockerfileParser(String text) {
    this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /** The instructions of {@code text}, in order. */
  static List<DockerInstruction> parse(String text) {
    return new DockerfileParser(text).instructions();
  }

  /** The escape character the directives chose ({@code \} unless {@code # escape=`}). */
  static char escapeOf(String text) {
    DockerfileParser p = new DockerfileParser(text);
    p.directives();
    return p.escape;
  }

  private List<DockerInstruction> instructions() {
    directives();
    List<DockerInstruction> out = new ArrayList<>();
    while (next < lines.length) {
      String line = lines[next];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        next++;
        continue;
      }
      DockerInstruction instruction = instruction();
      out.add(instruction);
      skipHeredocs(instruction);
    }
    return out;
  }

  private void directives() {
    while (next < lines.length) {
      Matcher m = DIRECTIVE.matcher(lines[next]);
      if (!m.matches()) {
        return;
      }
      if (m.group(1).equalsIgnoreCase("escape") && m.group(2).equals("`")) {
        escape = '`';
      }
      next++;
    }
  }

  /** Reads one instruction from {@code lines[next]}, joining continuation lines. */
  private DockerInstruction instruction() {
    StringBuilder text = new StringBuilder();
    List<Integer> lineOf = new ArrayList<>();
    boolean first = true;
    while (next < lines.length) {
      String line = lines[next++];
      if (!first && (line.strip().startsWith("#") || line.isBlank())) {
        continue;
      }
      first = false;
      String body = stripTrailing(line);
      boolean continues = body.endsWith(String.valueOf(escape)) && !endsWithEscapedEscape(body);
      String part = continues ? body.substring(0, body.length() - 1) : line;
      text.append(part);
      for (int i = 0; i < part.length(); i++) {
        lineOf.add(next);
      }
      if (!continues) {
        break;
      }
    }
    return split(text.toString(), lineOf);
  }

  private boolean endsWithEscapedEscape(String body) {
    int n = 0;
    for (int i = body.length() - 1; i >= 0 && body.charAt(i) == escape; i--) {
      n++;
    }
    return n % 2 == 0;
  }

  private static String stripTrailing(String line) {
    return line.stripTrailing();
  }

  private static DockerInstruction split(String text, List<Integer> lineOf) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String keyword = text.substring(start, end).toUpperCase(Locale.ROOT);
    int argStart = end;
    while (argStart < text.length() && Character.isWhitespace(text.charAt(argStart))) {
      argStart++;
    }
    if (keyword.equals("ONBUILD") && argStart < text.length()) {
      return split(text.substring(argStart), lineOf.subList(argStart, lineOf.size()));
    }
    String args = text.substring(argStart).stripTrailing();
    int[] lines = new int[args.length()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lineOf.get(argStart + i);
    }
    return new DockerInstruction(keyword, args, lines);
  }

  /** Skips the bodies of the here-documents {@code instruction} opens. */
  private void skipHeredocs(DockerInstruction instruction) {
    if (!List.of("RUN", "COPY", "ADD").contains(instruction.keyword())) {
      return;
    }
    Matcher m = HEREDOC.matcher(instruction.arguments());
    while (m.find()) {
      boolean stripTabs = !m.group(1).isEmpty();
      String delimiter = m.group(3);
      while (next < lines.length) {
        String body = lines[next++];
        if ((stripTabs ? body.replaceFirst("^\t+", "") : body).equals(delimiter)) {
          break;
        }
      }
    }
  }
}

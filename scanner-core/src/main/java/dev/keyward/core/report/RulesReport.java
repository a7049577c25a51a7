package dev.keyward.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.policy.Policy;
import dev.keyward.core.rule.Rule;
import dev.keyward.core.rule.RulePack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.List;

/**
 * The rule table {@code keyward rules} prints: id, severity, title and documented source; then the
 * policies (id, severity, description).
 */
public final class RulesReport {
  private RulesReport() {}

  public static void write(RulePack pack, OutputStream out) throws IOException {
    write(pack, List.of(), out);
  }

  public static void write(RulePack pack, List<Policy> policies, OutputStream out) throws IOException {
    PrintWriter pw = new PrintWriter(new OutputStreamWriter(out, UTF_8));
    int idWidth = pack.rules().stream().mapToInt(r -> r.id().length()).max().orElse(2);
    String format = "%-" + idWidth + "s  %-8s  %s%n";
    pw.printf(format, "ID", "SEVERITY", "TITLE / SOURCE OF THE FORMAT");
    for (Rule rule : pack.rules()) {
      pw.printf(format, rule.id(), rule.severity().id(), rule.title());
      for (String reference : rule.references()) {
        pw.printf(format, "", "", "  " + reference);
      }
    }
    pw.printf("%d rules.%n", pack.size());
    PolicyTable.write(policies, pw);
    pw.flush();
    if (pw.checkError()) {
      throw new IOException("cannot write the rule list");
    }
  }
}

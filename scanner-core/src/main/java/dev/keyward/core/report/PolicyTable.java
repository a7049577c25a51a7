package dev.keyward.core.report;

import dev.keyward.core.policy.Policy;
import java.io.PrintWriter;
import java.util.List;

/** The policies section of {@code keyward rules}: id, severity, description. */
final class PolicyTable {
  private PolicyTable() {}

  static void write(List<Policy> policies, PrintWriter pw) {
    if (policies.isEmpty()) {
      return;
    }
    int idWidth = policies.stream().mapToInt(p -> p.id().length()).max().orElse(2);
    String format = "%-" + idWidth + "s  %-8s  %s%n";
    pw.println();
    pw.printf(format, "POLICY", "SEVERITY", "WHAT IT CHECKS");
    for (Policy policy : policies) {
      pw.printf(format, policy.id(), policy.severity().id(), policy.description());
    }
    pw.printf("%d policies.%n", policies.size());
  }
}

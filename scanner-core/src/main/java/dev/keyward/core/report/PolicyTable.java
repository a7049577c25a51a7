package dev.keyward.core.report;

import dev.keyward.core.policy.Policies;
import dev.keyward.core.policy.Policy;
import dev.keyward.core.config.PolicySettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The policies section of {@code keyward rules}: id, severity, description. */
final class PolicyTable {
  private PolicyTable() {}

  /** The registered policy with this id (default settings: only id, severity and description are used). */
  static Optional<Policy> byId(String id) {
    return Policies.all(PolicySettings.defaults()).stream().filter(p -> p.id().equals(id)).findFirst();
  }

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

package dev.keyward.core.doctor;

import java.io.PrintWriter;

/**
 * The checklist as text:
 *
 * <pre>
 * Keyward doctor: /home/dev
 *   [ok]   ~/.npmrc: mode 600
 *   [FIX]  ~/.aws/credentials: mode 644 (readable by group and others)
 *          fix: chmod 600 ~/.aws/credentials
 * 1 item needs fixing; keyward doctor --fix-permissions makes 1 mode change (content is never touched).
 * </pre>
 */
public final class DoctorText {
  private DoctorText() {}

  public static void write(DoctorReport report, PrintWriter out) {
    out.println("Keyward doctor: " + report.home());
    for (DoctorItem item : report.items()) {
      out.printf("  %-6s %s: %s%n", "[" + item.status().mark() + "]", item.subject(), item.detail());
      if (!item.fix().isEmpty()) {
        out.println("         fix: " + item.fix());
      }
    }
    out.println(summary(report));
    out.flush();
  }

  /** The line after {@code --fix-permissions}: what is left to do by hand. */
  public static String summaryAfterFix(DoctorReport report) {
    int n = report.needingFixes().size();
    return n == 0 ? "After fixing permissions: all good." : "After fixing permissions: " + n
        + (n == 1 ? " item still needs" : " items still need") + " fixing by hand (see above).";
  }

  static String summary(DoctorReport report) {
    int n = report.needingFixes().size();
    if (n == 0) {
      return "All good: nothing needs fixing.";
    }
    int modes = report.permissionFixes().size();
    return n + (n == 1 ? " item needs" : " items need") + " fixing"
        + (modes == 0 ? "." : "; keyward doctor --fix-permissions makes " + modes + " mode change"
            + (modes == 1 ? "" : "s") + " (content is never touched).");
  }
}

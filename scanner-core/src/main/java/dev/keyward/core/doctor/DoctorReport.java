package dev.keyward.core.doctor;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The doctor's checklist, in check order.
 *
 * @param home the home directory that was checked
 */
public record DoctorReport(Path home, List<DoctorItem> items) {
  public DoctorReport {
    requireNonNull(home, "home");
    items = List.copyOf(items);
  }

  /** Whether anything needs fixing: the exit code. */
  public boolean needsFixing() {
    return items.stream().anyMatch(i -> i.status() == DoctorItem.Status.FIX);
  }

  public List<DoctorItem> needingFixes() {
    return items.stream().filter(i -> i.status() == DoctorItem.Status.FIX).toList();
  }

  /** Every mode change {@code --fix-permissions} would make. */
  public List<PermissionFix> permissionFixes() {
    return items.stream().flatMap(i -> i.permissionFixes().stream()).toList();
  }
}

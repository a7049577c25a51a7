package dev.keyward.core.doctor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One line of the doctor's checklist.
 *
 * @param status what the check found
 * @param subject what was checked, as the user reads it, e.g. {@code ~/.npmrc}
 * @param detail what was found, e.g. {@code mode 644 (readable by group and others)}
 * @param fix what to do about it, or empty text when nothing needs doing
 * @param permissionFixes the mode changes {@code --fix-permissions} would make for this item
 */
public record DoctorItem(Status status, String subject, String detail, String fix,
    List<PermissionFix> permissionFixes) {
  /** The outcome of one check. */
  public enum Status {
    OK("ok"),
    FIX("FIX"),
    ABSENT("--"),
    NOT_CHECKED("??");

    private final String mark;

    Status(String mark) {
      this.mark = mark;
    }

    /** The checklist mark, e.g. {@code [FIX]}. */
    public String mark() {
      return mark;
    }
  }

  public DoctorItem {
    requireNonNull(status, "status");
    requireNonNull(subject, "subject");
    requireNonNull(detail, "detail");
    requireNonNull(fix, "fix");
    permissionFixes = List.copyOf(permissionFixes);
  }

  static DoctorItem ok(String subject, String detail) {
    return new DoctorItem(Status.OK, subject, detail, "", List.of());
  }

  static DoctorItem fix(String subject, String detail, String fix) {
    return new DoctorItem(Status.FIX, subject, detail, fix, List.of());
  }

  static DoctorItem absent(String subject) {
    return new DoctorItem(Status.ABSENT, subject, "not present", "", List.of());
  }
}

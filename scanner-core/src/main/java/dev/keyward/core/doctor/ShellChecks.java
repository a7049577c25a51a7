package dev.keyward.core.doctor;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shell startup files that export a literal key ({@code export ANTHROPIC_API_KEY=sk-ant-…}). */
final class ShellChecks {
  static final List<String> FILES = List.of(".bashrc", ".bash_profile", ".bash_login", ".profile", ".zshrc",
      ".zshenv", ".zprofile", ".zlogin", ".cshrc", ".tcshrc", ".config/fish/config.fish");

  private ShellChecks() {}

  static void check(Doctor.HomeFiles home, List<DoctorItem> items) {
    int present = 0;
    for (String relative : FILES) {
      Path file = home.resolve(relative);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      present++;
      String subject = "~/" + relative;
      List<ShellExports.Export> exports;
      try {
        exports = ShellExports.find(Files.readString(file, ISO_8859_1));
      } catch (IOException e) {
        items.add(new DoctorItem(DoctorItem.Status.NOT_CHECKED, subject, "cannot read it", "", List.of()));
        continue;
      }
      if (exports.isEmpty()) {
        items.add(DoctorItem.ok(subject, "exports no literal key"));
      }
      for (ShellExports.Export e : exports) {
        items.add(DoctorItem.fix(subject + ":" + e.line(), "exports " + e.name() + " as a literal value",
            "read it at login from a secrets manager instead, e.g. export " + e.name()
                + "=\"$(pass show " + e.name().toLowerCase(java.util.Locale.ROOT) + ")\", then rotate the key"));
      }
    }
    if (present == 0) {
      items.add(DoctorItem.absent("shell startup files (~/.bashrc, ~/.zshrc, ~/.profile, ...)"));
    }
  }
}

package dev.keyward.core.doctor;

import dev.keyward.core.UserEnvironment;
import dev.keyward.core.policy.ClaudeConfigKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Claude Code's files: {@code ~/.claude.json} and {@code ~/.claude/}, or {@code $CLAUDE_CONFIG_DIR}
 * when set. Each file's mode, and whether it holds an Anthropic key in plain text.
 */
final class ClaudeChecks {
  static final String ADVICE = "remove the key and provide it through the ANTHROPIC_API_KEY environment variable, "
      + "filled from a secrets manager (or an apiKeyHelper script); then rotate it";

  private ClaudeChecks() {}

  static void check(UserEnvironment user, Doctor.HomeFiles home, List<DoctorItem> items) {
    List<Path> dirs = new ArrayList<>();
    user.variable("CLAUDE_CONFIG_DIR").ifPresent(d -> dirs.add(home.resolve(".").resolve(d).normalize()));
    dirs.add(home.resolve(".claude"));
    Set<Path> configs = new LinkedHashSet<>();
    configs.add(home.resolve(".claude.json"));
    if (dirs.size() > 1) {
      configs.add(dirs.get(0).resolve(".claude.json"));
    }
    for (Path config : configs) {
      check(config, home, items, true);
    }
    for (Path dir : dirs) {
      for (String name : List.of("settings.json", "settings.local.json", ".credentials.json")) {
        check(dir.resolve(name), home, items, false);
      }
    }
  }

  private static void check(Path file, Doctor.HomeFiles home, List<DoctorItem> items, boolean reportAbsent) {
    String subject = home.display(file);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      if (reportAbsent) {
        items.add(DoctorItem.absent(subject));
      }
      return;
    }
    items.add(PermissionCheck.check(file, subject));
    if (file.getFileName().toString().equals(".credentials.json")) {
      return; // Claude Code's own OAuth store where no keychain exists: its mode is what matters
    }
    List<ClaudeConfigKeys.Hit> hits = ClaudeConfigKeys.find(read(file));
    if (hits.isEmpty()) {
      items.add(DoctorItem.ok(subject, "no plaintext Anthropic key"));
    } else {
      items.add(DoctorItem.fix(subject, "holds an Anthropic key in plain text ("
          + ClaudeConfigKeys.describe(hits) + ")", ADVICE));
    }
  }

  private static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(1 << 20);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}

package dev.keyward.core.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code ~/.ssh}: the directory's mode, and each private key's mode and passphrase. */
final class SshChecks {
  private SshChecks() {}

  static void check(Doctor.HomeFiles home, List<DoctorItem> items) {
    Path ssh = home.resolve(".ssh");
    items.add(PermissionCheck.check(ssh, "~/.ssh"));
    if (!Files.isDirectory(ssh, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(ssh)) {
      files = list.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      items.add(new DoctorItem(DoctorItem.Status.NOT_CHECKED, "~/.ssh", "cannot list it", "", List.of()));
      return;
    }
    for (Path file : files) {
      Optional<Boolean> encrypted = PrivateKeys.encrypted(head(file));
      if (encrypted.isEmpty()) {
        continue;
      }
      String subject = home.display(file);
      items.add(PermissionCheck.check(file, subject));
      items.add(encrypted.get() ? DoctorItem.ok(subject, "private key protected by a passphrase")
          : DoctorItem.fix(subject, "unencrypted private key",
              "add a passphrase: ssh-keygen -p -f " + subject + " (and use ssh-agent), or keep the key in a "
                  + "hardware token or agent"));
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(64 * 1024);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}

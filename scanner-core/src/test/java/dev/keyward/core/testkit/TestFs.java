package dev.keyward.core.testkit;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/** In-memory POSIX file systems for tests. */
public final class TestFs {
  private TestFs() {}

  /** A Unix-like Jimfs with POSIX permissions; the working directory is {@code /work}. */
  public static FileSystem unix() {
    return Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setWorkingDirectory("/work")
        .setAttributeViews("basic", "owner", "posix", "unix")
        .build());
  }

  /** Writes {@code text} (UTF-8) to {@code root/relative}, creating directories. */
  public static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}

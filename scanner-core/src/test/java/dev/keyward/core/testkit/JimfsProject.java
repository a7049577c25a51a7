package dev.keyward.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A project directory holding an empty {@code .git} (so a scan treats it as a repository's root) on
 * a fresh POSIX Jimfs ({@link TestFs#unix()}) for each test, closed after it. Register it with
 * {@code @RegisterExtension final JimfsProject project = JimfsProject.at("/work/project");}.
 */
public final class JimfsProject implements BeforeEachCallback, AfterEachCallback {
  private final String path;
  private FileSystem fs;
  private Path root;

  private JimfsProject(String path) {
    this.path = path;
  }

  public static JimfsProject at(String path) {
    return new JimfsProject(path);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    fs = TestFs.unix();
    root = Files.createDirectories(fs.getPath(path));
    Files.createDirectories(root.resolve(".git"));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      fs.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project directory. */
  public Path root() {
    return root;
  }

  /** The file system it is on. */
  public FileSystem fs() {
    return fs;
  }
}

package dev.keyward.core.source.fs;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Sees every regular file and directory the working-tree walk meets, ignored ones included (an
 * ignored directory is reported but not entered). Policies hook in here instead of walking again.
 * Called from the walking thread, in walk order, before the file is read.
 */
@FunctionalInterface
public interface TreeListener {
  TreeListener NONE = (path, file, attributes, ignored) -> {};

  /**
   * @param path relative to the scan root, forward slashes
   * @param file the file itself
   * @param ignored whether git ignores it (whatever {@code --no-gitignore} says)
   */
  void entry(String path, Path file, BasicFileAttributes attributes, boolean ignored);
}

package dev.keyward.core.source;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An entry inside a built archive (jar, war, ear, zip), possibly nested in further archives.
 *
 * @param archive the outer archive's path relative to the scan root, e.g. {@code target/app.jar}
 * @param entries the entry names from the outermost archive inwards, e.g. {@code [WEB-INF/lib/lib.jar,
 *     config.properties]}
 */
public record ArchiveEntryOrigin(String archive, List<String> entries) implements Origin {
  public ArchiveEntryOrigin {
    FileOrigin.checkPath(archive);
    entries = List.copyOf(requireNonNull(entries, "entries"));
    if (entries.isEmpty() || entries.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("an archive entry has a non-empty name at every level");
    }
  }

  /** {@code target/app.jar!/BOOT-INF/classes/application.properties}: what fingerprints and reports use. */
  @Override
  public String path() {
    return archive + "!/" + String.join("!/", entries);
  }
}

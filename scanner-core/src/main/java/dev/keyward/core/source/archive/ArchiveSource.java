package dev.keyward.core.source.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.keyward.core.SkipReason;
import dev.keyward.core.source.ArchiveEntryOrigin;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.source.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of built archives (jar, war, ear, zip), nested archives opened recursively. Text
 * entries are scanned as they are; a class file contributes its string constants ({@link
 * ClassFileStrings}). Reading is streamed through {@link ZipInputStream} over java.nio and bounded by
 * {@link ArchiveLimits}; a bound that stops the reading, or a corrupt archive, is a warning.
 */
public final class ArchiveSource implements Source {
  private static final List<String> ARCHIVE_SUFFIXES = List.of(".jar", ".war", ".ear", ".zip");

  private final Path root;
  private final List<Path> archives;
  private final ArchiveLimits limits;

  /**
   * @param root the scan root: archives under it are named relative to it, others by file name
   * @param archives the archive files to open, in order
   */
  public ArchiveSource(Path root, List<Path> archives, ArchiveLimits limits) {
    this.root = root.toAbsolutePath().normalize();
    this.archives = List.copyOf(archives);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Whether a file or entry name looks like an archive this source opens. */
  public static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  @Override
  public void scan(FragmentSink sink) {
    for (Path archive : archives) {
      Path file = archive.toAbsolutePath().normalize();
      String name = file.startsWith(root) && !file.equals(root)
          ? root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/")
          : file.getFileName().toString();
      try (InputStream in = Files.newInputStream(file)) {
        new Walk(name, new Budget(), sink).archive(in, List.of(), 1);
      } catch (IOException e) {
        sink.skipped(name, SkipReason.UNREADABLE, "cannot read the archive: " + e.getMessage());
      }
    }
  }

  /** What is left of the limits while one outer archive is read. */
  private final class Budget {
    private int entries;
    private long bytes;
    private boolean stopped;

    long bytesLeft() {
      return limits.maxTotalBytes() - bytes;
    }
  }

  /** Reading one outer archive and what it nests. */
  private final class Walk {
    private final String archive;
    private final Budget budget;
    private final FragmentSink sink;

    Walk(String archive, Budget budget, FragmentSink sink) {
      this.archive = archive;
      this.budget = budget;
      this.sink = sink;
    }

    /** Reads the archive in {@code in}, which stands at {@code chain} inside the outer one. */
    void archive(InputStream in, List<String> chain, int depth) {
      String where = display(chain);
      int seen = 0;
      try {
        ZipInputStream zip = new ZipInputStream(in, UTF_8);
        for (ZipEntry e = zip.getNextEntry(); e != null && !budget.stopped; e = zip.getNextEntry()) {
          seen++;
          if (!e.isDirectory() && !e.getName().isEmpty()) {
            entry(zip, append(chain, e.getName()), depth);
          }
        }
        if (seen == 0 && !budget.stopped) {
          sink.skipped(where, SkipReason.UNREADABLE, "not a zip archive, or an empty one: nothing read");
        }
      } catch (IOException | IllegalArgumentException e) {
        sink.skipped(where, SkipReason.UNREADABLE, "corrupt archive, read up to entry " + seen + ": "
            + e.getMessage());
      }
    }

    private void entry(InputStream zip, List<String> chain, int depth) throws IOException {
      if (++budget.entries > limits.maxEntries()) {
        stop(chain, "more than " + limits.maxEntries() + " entries");
        return;
      }
      Optional<byte[]> read = read(zip, chain);
      if (read.isEmpty()) {
        return;
      }
      byte[] bytes = read.get();
      String name = chain.get(chain.size() - 1);
      if (isArchive(name)) {
        if (depth >= limits.maxDepth()) {
          sink.skipped(display(chain), SkipReason.ARCHIVE_LIMIT, "nested archive not opened: deeper than "
              + limits.maxDepth() + " levels");
        } else {
          archive(new ByteArrayInputStream(bytes), chain, depth + 1);
        }
      } else if (name.endsWith(".class")) {
        ClassFileStrings.of(bytes).ifPresentOrElse(
            text -> sink.accept(new Fragment(origin(chain), text.getBytes(UTF_8))),
            () -> sink.skipped(display(chain), SkipReason.BINARY, "not a valid class file"));
      } else {
        sink.accept(new Fragment(origin(chain), bytes));
      }
    }

    /** The entry's bytes, or empty when a bound stopped the reading (with a warning). */
    private Optional<byte[]> read(InputStream zip, List<String> chain) throws IOException {
      long left = budget.bytesLeft();
      long cap = Math.min(limits.maxEntryBytes(), left);
      byte[] bytes = zip.readNBytes((int) cap + 1);
      budget.bytes += Math.min(bytes.length, cap);
      if (bytes.length <= cap) {
        return Optional.of(bytes);
      }
      if (limits.maxEntryBytes() < left) {
        sink.skipped(display(chain), SkipReason.TOO_LARGE, "archive entry over the "
            + limits.maxEntryBytes() + "-byte limit, not scanned");
        drain(zip, chain);
      } else {
        stop(chain, "more than " + limits.maxTotalBytes() + " bytes inflated");
      }
      return Optional.empty();
    }

    /** Inflates the rest of a skipped entry (the next entry lies behind it), within the byte budget. */
    private void drain(InputStream zip, List<String> chain) throws IOException {
      long left = budget.bytesLeft();
      long skipped = zip.skip(left + 1);
      budget.bytes += Math.min(skipped, left);
      if (skipped > left) {
        stop(chain, "more than " + limits.maxTotalBytes() + " bytes inflated");
      }
    }

    private void stop(List<String> chain, String why) {
      budget.stopped = true;
      sink.skipped(display(chain), SkipReason.ARCHIVE_LIMIT, "stopped reading " + archive + ": " + why
          + " (a zip bomb, or raise the archive limits)");
    }

    private ArchiveEntryOrigin origin(List<String> chain) {
      return new ArchiveEntryOrigin(archive, chain);
    }

    private String display(List<String> chain) {
      return chain.isEmpty() ? archive : origin(chain).displayPath();
    }
  }

  private static List<String> append(List<String> chain, String name) {
    List<String> longer = new ArrayList<>(chain);
    longer.add(name);
    return longer;
  }
}

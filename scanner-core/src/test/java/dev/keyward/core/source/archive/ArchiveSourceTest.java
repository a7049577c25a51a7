package dev.keyward.core.source.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.Keyward;
import dev.keyward.core.ScanRequest;
import dev.keyward.core.ScanResult;
import dev.keyward.core.ScanWarning;
import dev.keyward.core.SkipReason;
import dev.keyward.core.source.Fragment;
import dev.keyward.core.source.FragmentSink;
import dev.keyward.core.testkit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSourceTest {
  @TempDir Path root;

  private ScanResult scan(List<Path> artifacts) throws Exception {
    return Keyward.scan(ScanRequest.builder(root).rules(TestRules.pack()).threads(2)
        .excludedDirectories(List.of("target")).artifacts(artifacts).build());
  }

  private Path write(String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static List<String> locations(ScanResult result) {
    return result.findings().stream().map(f -> f.origin().displayPath() + ":" + f.span().line()).toList();
  }

  @Test
  void scan_keyInJarEntry_reportedAtEntryPathAndLine() throws Exception {
    Path jar = write("target/app.jar", Zips.zip()
        .add("BOOT-INF/classes/", new byte[0])
        .add("BOOT-INF/classes/application.properties", "a=1\nb=2\nkey=" + TestRules.token(1) + "\n")
        .bytes());
    assertEquals(List.of("target/app.jar!/BOOT-INF/classes/application.properties:3"), locations(scan(List.of(jar))));
  }

  @Test
  void scan_nestedJarInWar_reportedThroughBothArchives() throws Exception {
    byte[] lib = Zips.zip().add("config.properties", "token=" + TestRules.token(2) + "\n").bytes();
    Path war = write("target/app.war", Zips.zip().add("WEB-INF/lib/lib.jar", lib).add("index.html", "<p>hi</p>")
        .bytes());
    assertEquals(List.of("target/app.war!/WEB-INF/lib/lib.jar!/config.properties:1"), locations(scan(List.of(war))));
  }

  @Test
  void scan_buildOutputExcluded_onlyTheArchiveReportsTheKey() throws Exception {
    String line = "key=" + TestRules.token(3) + "\n";
    write("src/main/resources/app.properties", line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    write("target/classes/app.properties", line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path jar = write("target/app.jar", Zips.zip().add("app.properties", line).bytes());
    assertEquals(List.of("src/main/resources/app.properties:1", "target/app.jar!/app.properties:1"),
        locations(scan(List.of(jar))));
  }

  @Test
  void scan_staticFinalStringInCompiledClass_foundInJar(@TempDir Path javacDir) throws Exception {
    byte[] clazz = CompiledClass.compile(javacDir, "demo.Holder",
        "package demo; public class Holder { public static final long BIG = 123456789012L; "
            + "public static final double RATIO = 2.5; public static final int SMALL = 100000; "
            + "public static final String KEY = \"" + TestRules.token(4) + "\"; }");
    Path jar = write("target/app.jar", Zips.zip().add("demo/Holder.class", clazz).bytes());
    ScanResult result = scan(List.of(jar));
    assertEquals(1, result.findings().size());
    assertEquals("target/app.jar!/demo/Holder.class", result.findings().get(0).origin().displayPath());
    String strings = ClassFileStrings.of(clazz).orElseThrow();
    assertTrue(strings.contains("\nKEY\n") && strings.contains("\nRATIO\n"), "Long and Double take two slots");
  }

  @Test
  void scan_corruptZip_warnsAndGoesOn() throws Exception {
    byte[] good = Zips.zip().add("a.properties", "k=" + TestRules.token(5) + "\n").bytes();
    Path truncated = write("target/broken.jar", Arrays.copyOf(good, good.length / 2));
    Path garbage = write("target/garbage.zip", "this is not a zip archive at all".getBytes());
    Path fine = write("target/fine.jar", good);
    ScanResult result = scan(List.of(truncated, garbage, fine));
    assertEquals(List.of("target/fine.jar!/a.properties:1"), locations(result));
    assertEquals(List.of("target/broken.jar", "target/garbage.zip"),
        result.warnings().stream().map(ScanWarning::path).toList());
    assertTrue(result.warnings().stream().allMatch(w -> w.reason() == SkipReason.UNREADABLE));
  }

  @Test
  void limits_depth_nestedArchiveNotOpened() {
    byte[] inner = Zips.zip().add("x.txt", "x").bytes();
    Recorder r = read(new ArchiveLimits(1, 100, 1 << 20, 1 << 20), Zips.zip().add("lib/inner.jar", inner).bytes());
    assertEquals(List.of(), r.paths);
    assertEquals(List.of("ARCHIVE_LIMIT out.jar!/lib/inner.jar"), r.skips);
  }

  @Test
  void limits_entries_stopsTheArchive() {
    Zips zip = Zips.zip();
    for (int i = 0; i < 5; i++) {
      zip.add("e" + i + ".txt", "text " + i);
    }
    Recorder r = read(new ArchiveLimits(3, 3, 1 << 20, 1 << 20), zip.bytes());
    assertEquals(List.of("out.jar!/e0.txt", "out.jar!/e1.txt", "out.jar!/e2.txt"), r.paths);
    assertEquals(List.of("ARCHIVE_LIMIT out.jar!/e3.txt"), r.skips);
  }

  @Test
  void limits_totalBytes_zipBombStopped() {
    byte[] zeros = new byte[1 << 20];
    Zips zip = Zips.zip().add("a.txt", "small").add("bomb1.txt", zeros).add("bomb2.txt", zeros).add("z.txt", "late");
    Recorder r = read(new ArchiveLimits(3, 100, 1_500_000, 2 << 20), zip.bytes());
    assertEquals(List.of("out.jar!/a.txt", "out.jar!/bomb1.txt"), r.paths);
    assertEquals(List.of("ARCHIVE_LIMIT out.jar!/bomb2.txt"), r.skips);
  }

  @Test
  void limits_entryBytes_largeEntrySkippedLaterOnesRead() {
    Zips zip = Zips.zip().add("big.txt", new byte[5000]).add("small.txt", "ok");
    Recorder r = read(new ArchiveLimits(3, 100, 1 << 20, 1000), zip.bytes());
    assertEquals(List.of("out.jar!/small.txt"), r.paths);
    assertEquals(List.of("TOO_LARGE out.jar!/big.txt"), r.skips);
  }

  @Test
  void classFileStrings_notAClassFile_empty() {
    assertTrue(ClassFileStrings.of("plain text".getBytes()).isEmpty());
    assertTrue(ClassFileStrings.of(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0}).isEmpty());
  }

  private Recorder read(ArchiveLimits limits, byte[] archive) {
    Recorder recorder = new Recorder();
    try {
      new ArchiveSource(root, List.of(write("out.jar", archive)), limits).scan(recorder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return recorder;
  }

  private static final class Recorder implements FragmentSink {
    final List<String> paths = new CopyOnWriteArrayList<>();
    final List<String> skips = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Fragment fragment) {
      paths.add(fragment.origin().displayPath());
    }

    @Override
    public void skipped(String path, SkipReason reason, String detail) {
      skips.add(reason + " " + path);
    }
  }
}

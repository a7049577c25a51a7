package dev.keyward.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyward.core.report.ReportFormat;
import dev.keyward.core.testkit.CiReports;
import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code keyward} commands of the README's CI examples (GitHub Actions, GitLab CI,
 * Jenkins) on a tree with leaks, and validates every file those CI configurations then read.
 */
class ReadmeCiExamplesTest {
  private static final Pattern COMMAND = Pattern.compile("java -jar keyward\\.jar (\\S.*?)'?$", Pattern.MULTILINE);
  /** Files the CI configurations read: upload-sarif's sarif_file, GitLab's reports, Jenkins' junit step. */
  private static final Pattern CONSUMED = Pattern.compile(
      "sarif_file: ([^,} ]+)|secret_detection: (\\S+)|junit: (\\S+)|junit '([^']+)'");

  private static String ciSection() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("\n## CI\n");
    int end = readme.indexOf("\n## ", start + 1);
    assertTrue(start >= 0, "README has a CI section");
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static int run(Path cwd, String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, UTF_8);
    return new KeywardCli(print, print, cwd, false).run(args);
  }

  @Test
  void readme_ciExamples_writeValidReportsWhereTheCiConfigsReadThem() throws Exception {
    String section = ciSection();
    List<String> commands = new ArrayList<>();
    Matcher m = COMMAND.matcher(section);
    while (m.find()) {
      commands.add(m.group(1).strip());
    }
    assertEquals(3, commands.size(), "one command each for GitHub, GitLab and Jenkins: " + commands);
    try (FileSystem fs = TestFs.unix()) {
      Path repo = Files.createDirectories(fs.getPath("/work/repo"));
      TestFs.write(repo, "app/client.py", "KEY = \"" + FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 1).text() + "\"\n");
      assertEquals(0, run(repo, "baseline", ".", "--output", ".keyward-baseline.json"));
      TestFs.write(repo, "app/worker.py", "KEY = \"" + FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 2).text() + "\"\n");

      for (String command : commands) {
        String[] args = command.split(" ");
        assertEquals(1, run(repo, args), command + " fails the build on the new leak");
        checkReports(repo, args);
      }
      Matcher consumed = CONSUMED.matcher(section);
      int files = 0;
      for (; consumed.find(); files++) {
        String file = firstGroup(consumed);
        assertTrue(Files.isRegularFile(repo.resolve(file)), "the CI config reads " + file);
        validate(repo.resolve(file));
      }
      assertEquals(4, files, "sarif_file, secret_detection, GitLab's junit and Jenkins' junit");
    }
  }

  private static void checkReports(Path repo, String[] args) throws Exception {
    List<String> list = List.of(args);
    List<ReportFormat> formats = ReportFormat.fromList(list.get(list.indexOf("--format") + 1));
    Path dir = repo.resolve(list.get(list.indexOf("--output-dir") + 1));
    for (ReportFormat format : formats) {
      Path file = dir.resolve(format.fileName());
      assertTrue(Files.isRegularFile(file), file.toString());
      validate(file);
    }
  }

  private static void validate(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    if (name.endsWith(".xml")) {
      CiReports.assertValidJunit(bytes);
    } else if (name.startsWith("gl-")) {
      CiReports.assertValidGitlab(bytes);
      assertFalse(new ObjectMapper().readTree(bytes).get("vulnerabilities").isEmpty());
    } else if (name.endsWith(".sarif")) {
      JsonNode sarif = new ObjectMapper().readTree(bytes);
      assertEquals("2.1.0", sarif.get("version").asText());
      assertFalse(sarif.at("/runs/0/results").isEmpty());
    }
  }

  private static String firstGroup(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    throw new IllegalStateException();
  }
}

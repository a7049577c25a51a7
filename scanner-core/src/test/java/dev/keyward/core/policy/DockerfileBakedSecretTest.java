package dev.keyward.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyward.core.testkit.FakeKeys;
import dev.keyward.core.testkit.TestFs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dockerfile-baked-secret}: the findings' lines are the assertions. */
class DockerfileBakedSecretTest {
  private static final String ENV_MESSAGE = " to a literal value, which stays in the image for anyone who pulls it";
  private FileSystem fs;
  private Path root;
  private String key;

  @BeforeEach
  void setUp() throws IOException {
    fs = TestFs.unix();
    root = fs.getPath("/work/project");
    key = FakeKeys.expand("sk-ant-api03-{b64url:93}AA", 7).text();
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private List<Integer> lines(String name, String dockerfile) throws IOException {
    TestFs.write(root, name, dockerfile);
    return Collected.check(new DockerfileBakedSecret(), root, name, false).findings.stream()
        .map(f -> f.span().line()).toList();
  }

  @Test
  void check_envAndArgLiterals_reportedAtTheirLines() throws IOException {
    String dockerfile = String.join("\n",
        "FROM eclipse-temurin:17 AS build",                        // 1
        "ENV ANTHROPIC_API_KEY=" + key,                            // 2
        "ARG NPM_TOKEN=abc123",                                   // 3
        "ENV DB_PASSWORD secret value with spaces",               // 4
        "ENV A=1 \\",                                             // 5
        "    GITHUB_TOKEN=\"quoted\" \\",                          // 6
        "    B=2",                                                // 7
        "FROM alpine",                                            // 8
        "env client_secret='single $quoted'",                     // 9
        "");
    assertEquals(List.of(2, 3, 4, 6, 9), lines("Dockerfile", dockerfile));
  }

  @Test
  void check_notLiterals_notReported() throws IOException {
    String dockerfile = String.join("\n",
        "ARG NPM_TOKEN",
        "ARG GITHUB_TOKEN=",
        "ENV NPM_TOKEN=$NPM_TOKEN",
        "ENV API_TOKEN=${API_TOKEN}",
        "ENV SERVICE_API_KEY=\"${KEY:-}\"",
        "ENV POSTGRES_PASSWORD_FILE=/run/secrets/db",
        "ENV PATH=/usr/bin LANG=C.UTF-8",
        "ENV TOKEN_URL=https://example.invalid/token",
        "RUN echo API_KEY=literal-in-run",
        "");
    assertEquals(List.of(), lines("Dockerfile", dockerfile));
  }

  @Test
  void check_messagesNeverContainTheValue() throws IOException {
    TestFs.write(root, "Dockerfile", "FROM x\nENV ANTHROPIC_API_KEY=" + key + "\n");
    Collected out = Collected.check(new DockerfileBakedSecret(), root, "Dockerfile", false);
    assertEquals(List.of("2 [high] ENV sets ANTHROPIC_API_KEY" + ENV_MESSAGE + " (docker inspect): pass it at run "
        + "time (docker run -e ANTHROPIC_API_KEY) or from a secrets manager"), out.lines());
    assertFalse(out.findings.get(0).toString().contains(key));
  }

  @Test
  void check_copyOfCredentialFiles_reportedIncludingJsonFormAndOtherStages() throws IOException {
    String dockerfile = String.join("\n",
        "FROM node:20 AS deps",                                   // 1
        "COPY package.json .npmrc ./",                            // 2
        "COPY --chown=node:node src/ /app/src/",                  // 3
        "FROM node:20",                                           // 4
        "COPY --from=deps /root/.npmrc /root/",                   // 5
        "ADD [\"config/.claude.json\", \"/home/app/\"]",          // 6
        "copy .env.production /app/.env",                         // 7
        "COPY .env.example /app/",                                // 8
        "COPY id_rsa /root/.ssh/id_rsa",                          // 9
        "COPY certs/server.key certs/server.crt /etc/tls/",       // 10
        "COPY .aws/ /root/.aws/",                                 // 11
        "");
    assertEquals(List.of(2, 5, 6, 7, 9, 10, 11), lines("Dockerfile", dockerfile));
  }

  @Test
  void check_heredocBodiesAreNotInstructions() throws IOException {
    String dockerfile = String.join("\n",
        "# syntax=docker/dockerfile:1",                           // 1
        "FROM alpine",                                            // 2
        "RUN <<EOF",                                              // 3
        "ENV FAKE_TOKEN=not-an-instruction",                      // 4
        "COPY .npmrc /nowhere",                                   // 5
        "EOF",                                                    // 6
        "COPY <<-'CONF' /etc/app.conf",                           // 7
        "\tARG OTHER_TOKEN=inside",                               // 8
        "\tCONF",                                                 // 9
        "ARG REAL_TOKEN=after",                                   // 10
        "");
    assertEquals(List.of(10), lines("Containerfile", dockerfile));
  }

  @Test
  void check_commentsInsideContinuationsAndEscapeDirective() throws IOException {
    String dockerfile = String.join("\n",
        "FROM alpine",                                            // 1
        "# ENV COMMENTED_TOKEN=x",                                // 2
        "ENV A=1 \\",                                             // 3
        "# a comment inside the continuation",                    // 4
        "",                                                       // 5
        "    SLACK_BOT_TOKEN=xoxb-literal",                       // 6
        "RUN echo \\\\",                                          // 7  (escaped backslash: no continuation)
        "ARG AFTER_TOKEN=y",                                      // 8
        "");
    assertEquals(List.of(6, 8), lines("build.dockerfile", dockerfile));
    String backtick = String.join("\n",
        "# escape=`",
        "FROM mcr.microsoft.com/windows/servercore",
        "ENV A=1 `",
        "    AZURE_CLIENT_SECRET=literal",
        "");
    assertEquals(List.of(4), lines("Dockerfile.windows", backtick));
  }

  @Test
  void check_onbuild_innerInstructionChecked() throws IOException {
    assertEquals(List.of(2), lines("Dockerfile", "FROM alpine\nONBUILD ENV DEPLOY_TOKEN=abc\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dockerfile", "dockerfile", "Containerfile", "Dockerfile.prod", "api.dockerfile",
      "docker/Dockerfile"})
  void isDockerfile_names(String path) {
    assertTrue(DockerfileBakedSecret.isDockerfile(path.substring(path.lastIndexOf('/') + 1)));
  }

  @Test
  void check_otherFiles_ignored() throws IOException {
    assertEquals(List.of(), lines("docker-compose.yml", "ENV API_TOKEN=abc\n"));
    assertEquals(List.of(), lines("Dockerfile.md".replace(".md", "_notes.txt"), "ENV API_TOKEN=abc\n"));
  }
}

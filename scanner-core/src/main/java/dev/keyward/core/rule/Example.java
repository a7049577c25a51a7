package dev.keyward.core.rule;

import static java.util.Objects.requireNonNull;

/**
 * A rule's example or negative: a template (see the test kit's {@code FakeKeys}) and the name of the
 * file it stands in, which matters to structured rules ({@code application.yml} is read as YAML).
 *
 * @param file a relative path, {@link #DEFAULT_FILE} unless the rule pack names one
 * @param template the text, with the secret marked {@code «…»} in examples
 */
public record Example(String file, String template) {
  /** Where an example without a {@code file} stands. */
  public static final String DEFAULT_FILE = "example.txt";

  public Example {
    requireNonNull(file, "file");
    requireNonNull(template, "template");
  }
}

package dev.keyward.core.rule.validator;

import java.util.List;
import java.util.Optional;

/** The registry of validators rules may name. One explicit, sorted list; no classpath scanning. */
public final class Validators {
  private static final List<Validator> ALL = List.of(new GenericSecretValue(), new GithubCrc32Checksum(),
      new JwtStructure());

  private Validators() {}

  public static Optional<Validator> byName(String name) {
    return ALL.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(Validator::name).toList();
  }
}

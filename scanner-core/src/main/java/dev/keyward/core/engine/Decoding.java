package dev.keyward.core.engine;

import static java.util.Objects.requireNonNull;

import dev.keyward.core.finding.Secret;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a {@link Match} was reached: directly in the text ({@link #NONE}), or inside encoded text,
 * with the layers peeled (outermost first) and the secret as decoded. Immutable.
 */
public final class Decoding {
  /** A match found in the text as it is. */
  public static final Decoding NONE = new Decoding(List.of(), null);

  private final List<Encoding> layers;
  private final Secret secret;

  private Decoding(List<Encoding> layers, Secret secret) {
    this.layers = List.copyOf(layers);
    this.secret = secret;
  }

  /** A match inside {@code layers} (outermost first, at least one) whose decoded secret is {@code secret}. */
  public static Decoding of(List<Encoding> layers, Secret secret) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a decoded match has at least one layer");
    }
    return new Decoding(layers, requireNonNull(secret, "secret"));
  }

  /** The encodings peeled to reach the secret, outermost first; empty for a direct match. */
  public List<Encoding> layers() {
    return layers;
  }

  /** The decoded secret; empty for a direct match (whose secret is the matched text itself). */
  public Optional<Secret> secret() {
    return Optional.ofNullable(secret);
  }

  public boolean isDecoded() {
    return !layers.isEmpty();
  }

  /** For a finding's message: empty, or e.g. {@code " (base64-decoded, then percent-decoded)"}. */
  public String note() {
    if (layers.isEmpty()) {
      return "";
    }
    return layers.stream().map(Encoding::label).collect(Collectors.joining(", then ", " (", ")"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decoding d && d.layers.equals(layers) && java.util.Objects.equals(d.secret, secret);
  }

  @Override
  public int hashCode() {
    return layers.hashCode();
  }

  @Override
  public String toString() {
    return layers.isEmpty() ? "Decoding[none]" : "Decoding" + layers;
  }
}

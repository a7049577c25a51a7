package dev.keyward.core.source;

import java.util.List;
import java.util.Objects;

/**
 * Bytes to scan and where they came from. The same bytes may stand at several places (one git blob
 * at two paths): they are scanned once and reported at each. The bytes are owned by the fragment; do
 * not modify them.
 */
public final class Fragment {
  private final List<Origin> origins;
  private final byte[] bytes;

  public Fragment(Origin origin, byte[] bytes) {
    this(List.of(origin), bytes);
  }

  /** @param origins every place these bytes stand, the first being the one reports name first */
  public Fragment(List<Origin> origins, byte[] bytes) {
    this.origins = List.copyOf(origins);
    if (this.origins.isEmpty()) {
      throw new IllegalArgumentException("a fragment comes from somewhere");
    }
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  public Origin origin() {
    return origins.get(0);
  }

  public List<Origin> origins() {
    return origins;
  }

  @SuppressWarnings("PMD.MethodReturnsInternalArray")
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return "Fragment[" + origin().displayPath() + ", " + bytes.length + " bytes]";
  }
}

package dev.keyward.core.source;

import java.util.Objects;

/** Bytes to scan and where they came from. The bytes are owned by the fragment; do not modify them. */
public final class Fragment {
  private final Origin origin;
  private final byte[] bytes;

  public Fragment(Origin origin, byte[] bytes) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  public Origin origin() {
    return origin;
  }

  @SuppressWarnings("PMD.MethodReturnsInternalArray")
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return "Fragment[" + origin.displayPath() + ", " + bytes.length + " bytes]";
  }
}

package dev.keyward.core;

/** The caller asked for something that cannot be done as asked (bad option, missing path). */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}

package dev.keyward.core.structured;

/**
 * A configuration file that does not parse. Not an error of the scan: the file's values are then
 * simply not read structurally, and the text rules still run over it.
 */
final class MalformedDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedDocumentException(String message, Throwable cause) {
    super(message, cause);
  }

  MalformedDocumentException(String message) {
    super(message);
  }
}

package org.cunzhi.examples.cli;

/** A usage error found while running a command: exit status 2 with a one-line reason and a hint. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  UsageException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}

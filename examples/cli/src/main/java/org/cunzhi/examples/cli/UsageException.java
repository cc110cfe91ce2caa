package org.cunzhi.examples.cli;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A user's mistake found while running a command: a usage error (exit status 2) or a file that
 * cannot be read or written (exit status 1), printed as a one-line reason and a hint in the run's
 * language. The reason is the {@code cli} bundle's {@code usage.KEY} (or {@code file.KEY}), the
 * hint its {@code usage.KEY.hint}; both take the same arguments.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String key;
  private final Object[] args;
  private final String hint;
  private final int status;

  /** A usage error with a reason and a hint given as they are, in English. */
  UsageException(String message, String hint) {
    super(message);
    this.key = null;
    this.args = new Object[0];
    this.hint = hint;
    this.status = Main.USAGE;
  }

  private UsageException(String key, int status, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
    this.hint = "";
    this.status = status;
  }

  /** A usage error, exit status 2: the texts {@code usage.KEY} and {@code usage.KEY.hint}. */
  static UsageException of(String key, Object... args) {
    return new UsageException("usage." + key, Main.USAGE, args);
  }

  /**
   * A file that cannot be read or written, exit status 1: the texts {@code file.KEY} and {@code
   * file.KEY.hint}.
   */
  static UsageException file(String key, Object... args) {
    return new UsageException("file." + key, Main.REJECTED, args);
  }

  /** The exit status: {@link Main#USAGE} or {@link Main#REJECTED}. */
  int status() {
    return status;
  }

  /** The reason, in {@code lang}. */
  String message(Lang lang) {
    return key == null ? String.valueOf(super.getMessage()) : Session.text(lang, key, args);
  }

  /** The hint, in {@code lang}. */
  String hint(Lang lang) {
    return key == null ? hint : Session.text(lang, key + ".hint", args);
  }

  /** The hint in English. */
  String hint() {
    return hint(Lang.EN);
  }

  @Override
  public String getMessage() {
    return message(Lang.EN);
  }

  @Override
  public String toString() {
    return "UsageException: " + getMessage() + " " + Arrays.toString(args);
  }
}

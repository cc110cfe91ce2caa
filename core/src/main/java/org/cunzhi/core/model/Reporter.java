package org.cunzhi.core.model;

/**
 * Who filed a complaint, held so that it cannot leak (DOMAIN S-6, D-PROC-3).
 *
 * <p>A dossier may carry a complainant's name or phone number. Cunzhi needs none of it: it keeps
 * only whether a reporter was named and drops the content as soon as it is read, so no report, log
 * line, exception message or {@code toString()} can ever show it.
 */
public final class Reporter {
  private static final Reporter NAMED = new Reporter(true);
  private static final Reporter ANONYMOUS = new Reporter(false);

  private final boolean named;

  private Reporter(boolean named) {
    this.named = named;
  }

  /** A reporter whose identity the source system held; the identity itself is not kept. */
  public static Reporter named() {
    return NAMED;
  }

  /** No reporter was given. */
  public static Reporter anonymous() {
    return ANONYMOUS;
  }

  /** Whether the source system named a reporter. */
  public boolean isNamed() {
    return named;
  }

  @Override
  public String toString() {
    return named ? "Reporter[redacted]" : "Reporter[none]";
  }
}

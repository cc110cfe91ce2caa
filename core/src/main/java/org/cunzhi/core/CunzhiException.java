package org.cunzhi.core;

/**
 * The root of every exception Cunzhi throws. Exceptions are for misuse and bad input; a unit that
 * does not meet a standard is a result, never an exception.
 */
public class CunzhiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CunzhiException(String message) {
    super(message);
  }

  public CunzhiException(String message, Throwable cause) {
    super(message, cause);
  }
}

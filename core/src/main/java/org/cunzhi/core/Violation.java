package org.cunzhi.core;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in input: where it is, as a JSON Pointer (RFC 6901) from the document's root,
 * and what is wrong. The message names the offending value and what was expected; it never carries
 * a person's data (DOMAIN S-6).
 *
 * @param pointer JSON Pointer to the offending value, {@code ""} for the whole document
 * @param message one sentence: what is wrong, the value, what was expected
 */
public record Violation(String pointer, String message) implements Comparable<Violation> {
  public Violation {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /** The pointer with {@code child} appended, escaped as RFC 6901 asks. */
  public static String child(String pointer, String child) {
    return pointer + "/" + child.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer with an array index appended. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** This violation moved under {@code prefix}, a pointer to where its document sits. */
  public Violation under(String prefix) {
    return new Violation(prefix + pointer, message);
  }

  @Override
  public int compareTo(Violation other) {
    int c = pointer.compareTo(other.pointer);
    return c != 0 ? c : message.compareTo(other.message);
  }

  /** {@code pointer: message}, as printed to users. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}

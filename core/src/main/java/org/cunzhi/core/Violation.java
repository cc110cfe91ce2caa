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

  /**
   * Orders by pointer as a reader walks the document: segment by segment, array indices by number
   * ({@code /years/2} before {@code /years/10}), then by message.
   */
  @Override
  public int compareTo(Violation other) {
    String[] mine = pointer.split("/", -1);
    String[] theirs = other.pointer.split("/", -1);
    for (int i = 0; i < Math.min(mine.length, theirs.length); i++) {
      int c = compareSegments(mine[i], theirs[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(mine.length, theirs.length);
    return c != 0 ? c : message.compareTo(other.message);
  }

  private static int compareSegments(String a, String b) {
    boolean aIndex = isIndex(a);
    boolean bIndex = isIndex(b);
    if (aIndex && bIndex) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty()
        && segment.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        && (segment.length() == 1 || segment.charAt(0) != '0');
  }

  /** {@code pointer: message}, as printed to users. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}

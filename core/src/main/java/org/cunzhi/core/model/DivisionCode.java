package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A 12-digit statistical division code (统计用区划代码, D-ADM-2): digits 1-2 name the province, 1-4 the
 * prefecture, 1-6 the county or district, 1-9 the township or street, and all twelve the village or
 * community.
 *
 * @param value the twelve digits
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

  /** How many digits a division code has. */
  public static final int LENGTH = 12;

  public DivisionCode {
    checkArgument(isWellFormed(value), "division code must be 12 ASCII digits, was \"%s\"", value);
  }

  /** Reads a division code from its twelve digits. */
  public static DivisionCode parse(CharSequence text) {
    return new DivisionCode(text.toString());
  }

  /** Whether {@code text} is exactly twelve ASCII digits. */
  public static boolean isWellFormed(CharSequence text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The province prefix: digits 1-2 (e.g. {@code 12}). */
  public String province() {
    return value.substring(0, 2);
  }

  /** The prefecture prefix: digits 1-4. */
  public String prefecture() {
    return value.substring(0, 4);
  }

  /** The county or district prefix: digits 1-6. */
  public String county() {
    return value.substring(0, 6);
  }

  /** The township or street prefix: digits 1-9. */
  public String township() {
    return value.substring(0, 9);
  }

  /** Whether the code lies under {@code prefix}, a string of at most twelve digits. */
  public boolean startsWith(String prefix) {
    return value.startsWith(prefix);
  }

  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

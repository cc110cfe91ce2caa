package org.cunzhi.examples.district;

import org.cunzhi.core.model.DivisionCode;

/**
 * A district, township or any other area named by the leading digits of its units' division codes:
 * {@code 120119} is a district (county level), {@code 120119105} a township in it.
 *
 * @param digits one to twelve ASCII digits
 */
public record DistrictPrefix(String digits) {

  public DistrictPrefix {
    if (!isWellFormed(digits)) {
      throw new BadPrefixException(digits);
    }
  }

  /** The prefix {@code text}. */
  public static DistrictPrefix parse(String text) {
    return new DistrictPrefix(text);
  }

  /** The county-level district of {@code code}: its first six digits. */
  public static DistrictPrefix districtOf(DivisionCode code) {
    return new DistrictPrefix(code.value().substring(0, 6));
  }

  /** Whether {@code code} lies in this area. */
  public boolean contains(DivisionCode code) {
    return code.startsWith(digits);
  }

  private static boolean isWellFormed(String text) {
    if (text.isEmpty() || text.length() > DivisionCode.LENGTH) {
      return false;
    }
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return digits;
  }

  /** A prefix that is not one to twelve digits. */
  public static final class BadPrefixException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadPrefixException(String text) {
      super(
          "a district is named by 1 to 12 digits of its division codes, was \""
              + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
              + "\"");
    }
  }
}

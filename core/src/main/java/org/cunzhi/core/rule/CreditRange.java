package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The share of a criterion's points a result can earn, given the evidence: from {@code low} to
 * {@code high} (DOMAIN CV-D5). A result on complete evidence earns one credit exactly; one whose
 * evidence is partly missing earns anywhere in between, and a scoring model keeps both ends.
 *
 * @param low the least credit the evidence allows
 * @param high the greatest credit the evidence allows, not less than {@code low}
 */
public record CreditRange(Credit low, Credit high) {
  private static final CreditRange UNKNOWN = new CreditRange(Credit.none(), Credit.full());

  public CreditRange {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    checkArgument(
        low.compareTo(high) <= 0, "credit range's low end %s exceeds its high end %s", low, high);
  }

  /** Exactly {@code credit}. */
  public static CreditRange exactly(Credit credit) {
    // all and none, what every pass and fail earns, are made once
    if (credit == Credit.full()) {
      return FULL;
    }
    if (credit == Credit.none()) {
      return NONE;
    }
    return new CreditRange(credit, credit);
  }

  private static final CreditRange FULL = new CreditRange(Credit.full(), Credit.full());
  private static final CreditRange NONE = new CreditRange(Credit.none(), Credit.none());

  /** Anywhere from {@code low} to {@code high}. */
  public static CreditRange between(Credit low, Credit high) {
    return new CreditRange(low, high);
  }

  /** Anywhere from none to all the points: nothing is known. */
  public static CreditRange unknown() {
    return UNKNOWN;
  }

  /** Whether the credit is known exactly. */
  public boolean isExact() {
    return low.equals(high);
  }

  /** As {@code 3/4} when exact, else {@code [1/2, 3/4]}. */
  @Override
  public String toString() {
    return isExact() ? low.toString() : "[" + low + ", " + high + "]";
  }
}

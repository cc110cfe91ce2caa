package org.cunzhi.plugins.tianjin.campaign;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many units a district files for municipal demonstration (TJ-C2): 1% of its villages and
 * communities, at least one.
 *
 * <p>The plan does not say how to round: this rounds half up, in whole-number arithmetic, so 149
 * units give 1 (1.49), 150 give 2 (1.5), 249 give 2 and 250 give 3. A district with no units files
 * none.
 *
 * @param units the district's villages and communities
 * @param quota how many it files
 */
public record FilingQuota(int units, int quota) {

  public FilingQuota {
    checkArgument(units >= 0, "a district's units must not be negative, was %s", units);
    checkArgument(
        quota == quotaFor(units),
        "the filing quota for %s units is %s, was %s",
        units,
        quotaFor(units),
        quota);
  }

  /** The quota of a district with {@code units} villages and communities. */
  public static FilingQuota of(int units) {
    checkArgument(units >= 0, "a district's units must not be negative, was %s", units);
    return new FilingQuota(units, quotaFor(units));
  }

  private static int quotaFor(int units) {
    if (units == 0) {
      return 0;
    }
    // 1% rounded half up: floor((units + 50) / 100); "不足1个的，按1个上报".
    return Math.max(1, (int) ((units + 50L) / 100));
  }
}

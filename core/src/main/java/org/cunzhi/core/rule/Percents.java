package org.cunzhi.core.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;
import org.cunzhi.core.internal.text.Decimals;
import org.cunzhi.core.rate.Threshold;

/**
 * Percentages as report text, in whole-number arithmetic where it is exact, with the same text as
 * the {@link BigDecimal} computations they stand for ({@link Threshold#percent()} with {@code
 * toPlainString}, {@link Threshold#toString()}, and a rate to two places, half up). Evaluation
 * writes thresholds into every rate's reason and every parameter it reads; {@code BigDecimal}'s
 * 34-digit division and stripping of zeros cost more than the rest of a rate check together.
 * Display only: nothing is decided from this text.
 */
final class Percents {
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Percents() {}

  /** {@code t.percent().toPlainString()}: {@code 90}, {@code 92.5}, {@code 33.33…}. */
  static String percent(Threshold t) {
    long n = t.numerator();
    long d = t.denominator();
    // n / d * 100 written with k decimals when it has exactly k, for the smallest such k
    for (int k = 0; k < POWERS_OF_TEN.length; k++) {
      long scale = 100 * POWERS_OF_TEN[k];
      if (n > Long.MAX_VALUE / scale) {
        break;
      }
      long scaled = n * scale;
      if (scaled % d == 0) {
        return Decimals.plain(scaled / d, k);
      }
    }
    return t.percent().toPlainString();
  }

  /** {@code t.toString()}: {@code >= 90%}. */
  static String threshold(Threshold t) {
    String known = THRESHOLDS.get(t);
    if (known != null) {
      return known;
    }
    String text = t.comparison().symbol() + " " + percent(t) + "%";
    if (THRESHOLDS.size() < MOST_KEPT) {
      THRESHOLDS.putIfAbsent(t, text);
    }
    return text;
  }

  /** How many thresholds' text {@link #threshold} keeps: a standard sets a handful. */
  private static final int MOST_KEPT = 256;

  // a threshold's text, written once for the thresholds in force: every rate's reason has one
  private static final ConcurrentHashMap<Threshold, String> THRESHOLDS = new ConcurrentHashMap<>();

  /**
   * {@code numerator / denominator} in percent to two places, half up, as {@code BigDecimal} writes
   * it ({@code 94.17}, {@code 100.00}, {@code 0.00}); {@code denominator} must be positive.
   */
  static String percent(long numerator, long denominator) {
    if (numerator >= 0 && denominator > 0 && numerator <= Long.MAX_VALUE / 10_000) {
      long scaled = numerator * 10_000;
      long q = scaled / denominator;
      long r = scaled % denominator;
      if (r >= denominator - r) { // r / denominator >= 1/2: half up
        q++;
      }
      return Decimals.plain(q, 2);
    }
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}

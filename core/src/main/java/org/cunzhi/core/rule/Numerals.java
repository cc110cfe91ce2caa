package org.cunzhi.core.rule;

import java.time.LocalDate;
import org.cunzhi.core.internal.text.IsoDates;

/**
 * Whole numbers as message arguments, {@code String.valueOf} of them, the small ones (years,
 * counts, days) written once and kept: evaluation puts several in every reason, and equal strings
 * are equal arguments, so sharing them changes no message.
 */
final class Numerals {
  /** Numbers from 0 below this are kept once written: every year up to 4095. */
  private static final int KEPT = 4096;

  // Written lazily, racily: a String is immutable and safely published through its final fields,
  // so a thread that sees another's entry sees the whole string, and one that misses it writes its
  // own equal copy.
  private static final String[] WRITTEN = new String[KEPT];

  private Numerals() {}

  /**
   * {@code date.toString()}, {@code 2025-11-20}: written digit by digit for the years of four
   * digits, which is all a dossier holds, without {@code LocalDate}'s builder.
   */
  static String of(LocalDate date) {
    return IsoDates.of(date);
  }

  static String of(long n) {
    if (n < 0 || n >= KEPT) {
      return String.valueOf(n);
    }
    int i = (int) n;
    String s = WRITTEN[i];
    if (s == null) {
      s = String.valueOf(i);
      WRITTEN[i] = s;
    }
    return s;
  }
}

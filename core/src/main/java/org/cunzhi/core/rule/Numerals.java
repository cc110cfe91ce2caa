package org.cunzhi.core.rule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
    int y = date.getYear();
    if (y < 1000 || y > 9999) {
      return date.toString();
    }
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    byte[] text = {
      digit(y / 1000),
      digit(y / 100 % 10),
      digit(y / 10 % 10),
      digit(y % 10),
      '-',
      digit(m / 10),
      digit(m % 10),
      '-',
      digit(d / 10),
      digit(d % 10)
    };
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int d) {
    return (byte) ('0' + d);
  }

  /** {@code String.valueOf(n)}. */
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

package org.cunzhi.core.internal.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Dates written as {@link LocalDate#toString} writes them, without its builder. */
public final class IsoDates {
  private IsoDates() {}

  /**
   * {@code date.toString()}: {@code 2025-03-01}, its ten Latin-1 bytes made directly for a year of
   * four digits, and {@code toString} itself for any other year (which it writes with a sign or
   * more digits).
   */
  public static String of(LocalDate date) {
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
}

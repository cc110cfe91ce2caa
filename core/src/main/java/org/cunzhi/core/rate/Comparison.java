package org.cunzhi.core.rate;

/** How a value is compared with a threshold. */
public enum Comparison {
  AT_LEAST(">="),
  AT_MOST("<="),
  EQUAL_TO("==");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The comparison's symbol as reports print it. */
  public String symbol() {
    return symbol;
  }

  /** Whether {@code sign}, the sign of {@code value − threshold}, satisfies this comparison. */
  boolean holdsFor(int sign) {
    return switch (this) {
      case AT_LEAST -> sign >= 0;
      case AT_MOST -> sign <= 0;
      case EQUAL_TO -> sign == 0;
    };
  }
}

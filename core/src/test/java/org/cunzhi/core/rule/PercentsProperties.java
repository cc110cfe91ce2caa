package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Threshold;
import org.junit.jupiter.api.Test;

/** The fast percentage text is the BigDecimal text, character for character. */
class PercentsProperties {

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.longs().between(0, 2_000)),
        Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)),
        Tuple.of(
            1,
            Arbitraries.of(
                0L,
                1L,
                Long.MAX_VALUE / 10_000,
                Long.MAX_VALUE / 10_000 + 1,
                Long.MAX_VALUE / 100,
                Long.MAX_VALUE / 100 + 1,
                Long.MAX_VALUE)));
  }

  @Provide
  Arbitrary<Long> denominators() {
    return counts().filter(d -> d > 0);
  }

  @Property(tries = 3000)
  void threshold_sameTextAsBigDecimal(
      @ForAll("counts") long numerator,
      @ForAll("denominators") long denominator,
      @ForAll Comparison comparison) {
    Threshold t = new Threshold(comparison, numerator, denominator);
    assertThat(Percents.percent(t)).isEqualTo(t.percent().toPlainString());
    assertThat(Percents.threshold(t)).isEqualTo(t.toString());
  }

  @Property(tries = 3000)
  void rate_sameTextAsBigDecimal(
      @ForAll("counts") long numerator, @ForAll("denominators") long denominator) {
    assertThat(Percents.percent(numerator, denominator))
        .isEqualTo(
            BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
                .toPlainString());
  }

  @Test
  void examples() {
    assertThat(Percents.threshold(Threshold.atLeastPercent(90))).isEqualTo(">= 90%");
    assertThat(Percents.percent(Threshold.atLeastPercent(new BigDecimal("92.5"))))
        .isEqualTo("92.5");
    assertThat(Percents.percent(new Threshold(Comparison.AT_LEAST, 1, 3)))
        .isEqualTo(new Threshold(Comparison.AT_LEAST, 1, 3).percent().toPlainString());
    assertThat(Percents.percent(new Threshold(Comparison.AT_MOST, 1, 200_000))).isEqualTo("0.0005");
    assertThat(Percents.percent(new Threshold(Comparison.EQUAL_TO, 0, 1))).isEqualTo("0");
    assertThat(Percents.percent(113, 120)).isEqualTo("94.17");
    assertThat(Percents.percent(1, 200)).isEqualTo("0.50");
    assertThat(Percents.percent(1, 20_000)).isEqualTo("0.01"); // 0.005 half up
    assertThat(Percents.percent(1, 20_001)).isEqualTo("0.00");
    assertThat(Percents.percent(0, 7)).isEqualTo("0.00");
    assertThat(Percents.percent(7, 7)).isEqualTo("100.00");
  }
}

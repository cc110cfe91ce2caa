package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void of_boundsOutsideUnitInterval_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(d("-0.0001"), d("0.5")));
    assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(d("0.5"), d("1.0001")));
    assertThat(Interval.of(d("0"), d("1")).width()).isEqualByComparingTo("1");
  }

  @Test
  void of_lowerAboveUpper_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(d("0.6"), d("0.5")));
    assertThat(Interval.of(d("0.5"), d("0.5")).width()).isZero();
  }

  @Test
  void contains_boundsIncluded_outsideExcluded() {
    Interval interval = Interval.of(d("0.25"), d("0.75"));
    assertThat(interval.contains(d("0.25"))).isTrue();
    assertThat(interval.contains(d("0.75"))).isTrue();
    assertThat(interval.contains(d("0.2499"))).isFalse();
    assertThat(interval.contains(d("0.7501"))).isFalse();
  }

  @Test
  void contains_rate_decidesExactly() {
    Interval interval = Interval.of(d("0.25"), d("0.75"));
    assertThat(interval.contains(Rate.of(1, 4))).isTrue();
    assertThat(interval.contains(Rate.of(3, 4))).isTrue();
    assertThat(interval.contains(Rate.of(24_999, 100_000))).isFalse();
    assertThat(interval.contains(Rate.of(75_001, 100_000))).isFalse();
    assertThatIllegalStateException().isThrownBy(() -> interval.contains(Rate.of(0, 0)));
  }

  @Test
  void lowerPercent_roundsAsAsked() {
    Interval interval = Interval.of(d("0.908209"), d("0.958838"));
    assertThat(interval.lowerPercent(2, RoundingMode.HALF_UP)).isEqualTo(d("90.82"));
    assertThat(interval.upperPercent(2, RoundingMode.HALF_UP)).isEqualTo(d("95.88"));
    assertThat(interval.upperPercent(2, RoundingMode.CEILING)).isEqualTo(d("95.89"));
    assertThat(interval).hasToString("[90.82%, 95.88%]");
  }
}

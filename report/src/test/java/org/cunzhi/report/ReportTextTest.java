package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private static final ReportText ZH = new ReportText(Language.ZH);
  private static final ReportText EN = new ReportText(Language.EN);

  @Test
  void threshold_eachComparison_inWordsPeopleUse() {
    Threshold atLeast = Threshold.atLeastPercent(90);
    Threshold all = Threshold.all();
    Threshold atMost = Threshold.ofPercent(Comparison.AT_MOST, new BigDecimal("5"));
    Threshold decimal = Threshold.atLeastPercent(new BigDecimal("92.5"));

    assertThat(ZH.threshold(atLeast)).isEqualTo("不低于 90%");
    assertThat(EN.threshold(atLeast)).isEqualTo("at least 90%");
    assertThat(ZH.threshold(all)).isEqualTo("等于 100%");
    assertThat(EN.threshold(all)).isEqualTo("exactly 100%");
    assertThat(ZH.threshold(atMost)).isEqualTo("不高于 5%");
    assertThat(EN.threshold(atMost)).isEqualTo("at most 5%");
    assertThat(EN.threshold(decimal)).isEqualTo("at least 92.5%");
    // the report JSON's contract keeps the symbols
    assertThat(atLeast.toString()).isEqualTo(">= 90%");
  }

  @Test
  void parameterValue_thresholdInWordsWithItsText_otherValuesAsRead() {
    assertThat(ZH.parameterValue(">= 95%")).isEqualTo("不低于 95% (>= 95%)");
    assertThat(EN.parameterValue("QUARTERLY")).isEqualTo("QUARTERLY");
    assertThat(EN.parameterValue("3")).isEqualTo("3");
  }

  private static Measure rate(long num, long den, Threshold t) {
    return new Measure(
        "contraceptive-rate", LocalizedText.of("综合避孕率", "the rate"), 2024, Rate.of(num, den), t);
  }

  @Test
  void measure_justBelowAndAtTheThreshold() {
    Threshold ninety = Threshold.atLeastPercent(90);

    assertThat(EN.measure(rate(89, 99, ninety)))
        .isEqualTo(
            "2024 the rate: 89/99 = 89.90%, 95% interval 82.40%–94.42%, required at least 90%, 1 short");
    assertThat(EN.met(rate(89, 99, ninety))).isEqualTo("no");
    assertThat(EN.measure(rate(90, 100, ninety)))
        .isEqualTo(
            "2024 the rate: 90/100 = 90.00%, 95% interval 82.56%–94.48%, required at least 90%");
    assertThat(ZH.met(rate(90, 100, ninety))).isEqualTo("达到");
  }

  @Test
  void measure_undefined_saysThereIsNothingToMeasure() {
    assertThat(ZH.measure(rate(0, 0, Threshold.all()))).isEqualTo("2024 年 综合避孕率：0/0，无可计算（分母为零）");
    assertThat(EN.met(rate(0, 0, Threshold.all()))).isEqualTo("–");
  }
}

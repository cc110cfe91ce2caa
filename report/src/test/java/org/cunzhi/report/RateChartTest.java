package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.junit.jupiter.api.Test;

class RateChartTest {
  private static final ReportText EN = new ReportText(Language.EN);

  private static Measure m(int year, long num, long den, Threshold t) {
    return new Measure("r", LocalizedText.of("比率", "the rate"), year, Rate.of(num, den), t);
  }

  @Test
  void range_spansEveryMarkInStepsOfTen() {
    // 89.33% with its interval 85.69–92.12 and the threshold 90: 80 to 100
    assertThat(RateChart.range(List.of(m(2024, 318, 356, Threshold.atLeastPercent(90)))))
        .containsExactly(80, 100);
    // 15/15 has the interval 79.61–100: 70 to 100
    assertThat(RateChart.range(List.of(m(2023, 15, 15, Threshold.all())))).containsExactly(70, 100);
    // a low rate held to at most 5%: 0 to 10 at least
    Threshold atMost = Threshold.ofPercent(Comparison.AT_MOST, new BigDecimal("5"));
    double[] low = RateChart.range(List.of(m(2024, 1, 1000, atMost)));
    assertThat(low[0]).isZero();
    assertThat(low[1]).isEqualTo(10);
  }

  @Test
  void svg_failingYear_hollowRedDotAndNotMet_passingYear_filledGreen() {
    Threshold ninety = Threshold.atLeastPercent(90);
    ReportText.RateGroup group =
        new ReportText.RateGroup(
            Samples.result(Samples.TAIZI).criteria().get(8),
            List.of(m(2023, 90, 100, ninety), m(2024, 89, 100, ninety)));

    String svg = RateChart.svg(group, EN, "c1");

    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .contains("<title id=\"c1\">the rate, by year, against the requirement</title>")
        .contains(">at least 90%</text>")
        .contains(">2023</text>")
        .contains(">90.00%</text>")
        .contains("fill=\"#2e7d32\" stroke=\"#2e7d32\"")
        .contains(">89.00% not met</text>")
        .contains("fill=\"#ffffff\" stroke=\"#c62828\"")
        .endsWith("</svg>");
  }

  @Test
  void svg_undefinedYear_saysSo() {
    ReportText.RateGroup group =
        new ReportText.RateGroup(
            Samples.result(Samples.TAIZI).criteria().get(8),
            List.of(m(2025, 0, 0, Threshold.all())));

    assertThat(RateChart.svg(group, EN, "c"))
        .contains(">nothing to measure</text>")
        .doesNotContain("<circle");
  }

  @Test
  void rateGroups_samples_onlyProportionsByCriterionAndName_yearsInOrder() {
    EvaluationResult r = Samples.result(Samples.TAIZI);

    List<ReportText.RateGroup> groups = ReportText.rateGroups(r);

    assertThat(groups)
        .extracting(g -> g.criterion().id() + " " + g.measures().get(0).name())
        .containsExactly(
            "tianjin.village.4 awareness-rate",
            "tianjin.village.9 contraceptive-rate",
            "tianjin.village.9 policy-compliant-birth-rate");
    assertThat(groups.get(1).measures())
        .extracting(Measure::year)
        .containsExactly(2023, 2024, 2025);
  }
}

package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** TJ-V4: publicity each quarter, awareness ≥ 90% (D-RATE-3), privacy protected. */
class PublicityTest {

  private static List<YearStatistics> yearsWithAwareness(@Nullable Awareness awareness) {
    List<YearStatistics> years = new ArrayList<>(TaiziDossier.years());
    YearStatistics y = years.get(2);
    years.set(
        2,
        new YearStatistics(
            y.year(),
            y.population(),
            y.marriedWomen15to49(),
            y.contraceptiveUsers(),
            y.births(),
            awareness,
            y.fundingYuan()));
    return years;
  }

  private static CriterionResult awareness(@Nullable Awareness a) {
    return taiziWith(4, b -> b.years(yearsWithAwareness(a)));
  }

  @Test
  void TJ_V4_awarenessExactly90Percent_passes_D_RATE_6() {
    CriterionResult r = awareness(new Awareness(120, 108));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.measures()).anySatisfy(m -> assertThat(m.rate()).isEqualTo(Rate.of(108, 120)));
  }

  @Test
  void TJ_V4_awarenessJustUnder90Percent_failsWithGapOfOne() {
    CriterionResult r = awareness(new Awareness(120, 107));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
              assertThat(x.amount()).isEqualTo(1);
            });
  }

  @Test
  void TJ_V4_noAwarenessSurvey_insufficient() {
    assertThat(awareness(null).outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V4_surveyOfNobody_insufficient_S_1() {
    assertThat(awareness(new Awareness(0, 0)).outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V4_noStatisticsForTheAssessmentYear_insufficient() {
    assertThat(taiziWith(4, b -> b.years(TaiziDossier.years().subList(0, 2))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V4_onePrivacyBreach_fails() {
    assertThat(taiziWith(4, b -> b.privacyBreaches(1)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V4_noPublicityInTheThirdQuarter_failsNamingIt() {
    List<Activity> activities = new ArrayList<>(TaiziDossier.activities());
    activities.removeIf(a -> a.date().getMonthValue() == 7);
    CriterionResult r = taiziWith(4, b -> b.activities(activities));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).anySatisfy(x -> assertThat(x.quarter()).isEqualTo(3));
  }

  @Test
  void TJ_V4_memberActivityIsNotPublicity() {
    List<Activity> activities = new ArrayList<>(TaiziDossier.activities());
    activities.removeIf(a -> a.date().getMonthValue() == 7);
    activities.add(
        new Activity(
            d(2025, 7, 11),
            ActivityKind.MEMBER_ACTIVITY,
            Occasion.WORLD_POPULATION_DAY,
            ActivityBody.ASSOCIATION));
    assertThat(taiziWith(4, b -> b.activities(activities)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V4_publicityByAnyBodyCounts_quarterEdgesIncluded() {
    List<Activity> activities =
        List.of(
            new Activity(d(2025, 1, 1), ActivityKind.PUBLICITY, null, ActivityBody.GROUP),
            new Activity(d(2025, 6, 30), ActivityKind.EDUCATION, null, ActivityBody.COMMITTEE),
            new Activity(d(2025, 7, 1), ActivityKind.SERVICE, null, ActivityBody.ASSOCIATION),
            new Activity(d(2025, 12, 31), ActivityKind.SERVICE, null, ActivityBody.COMMITTEE));
    assertThat(taiziWith(4, b -> b.activities(activities)).outcome()).isEqualTo(Outcome.PASS);
  }
}

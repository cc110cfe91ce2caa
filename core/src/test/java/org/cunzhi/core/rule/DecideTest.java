package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Check#decide} where a check decides by its own branches: what the tests of each check's
 * results (through {@link TestContext#checked}) do not reach.
 */
class DecideTest {
  private static final Dossier COMPLETE = Dossiers.complete();
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  private static Ruling decided(Check check, Dossier d) {
    return Ruling.of(TestContext.checked(check, TestContext.of(d)));
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void ruling_ofOutcome_keepsIt_andOnlyAFailIsVetoed(Outcome outcome) {
    assertThat(Ruling.of(outcome).outcome()).isEqualTo(outcome);
    assertThat(Ruling.of(outcome).isVetoed()).isFalse();
    assertThat(Ruling.of(outcome, true).isVetoed()).isEqualTo(outcome == Outcome.FAIL);
    assertThat(Ruling.of(outcome, true).outcome()).isEqualTo(outcome);
    assertThat(Ruling.of(outcome).asVeto()).isEqualTo(Ruling.of(outcome, true));
  }

  @Test
  void defaultDecide_isTheResultsRuling_andANullResultThrows() {
    Check failing = c -> CheckResult.fail(WHY);
    assertThat(failing.decide(TestContext.of(COMPLETE))).isEqualTo(Ruling.FAIL);
    @SuppressWarnings("NullAway")
    Check nothing = c -> null;
    assertThatThrownBy(() -> nothing.decide(TestContext.of(COMPLETE)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void withDecision_decidesWithTheDecision_explainsWithTheCheck_andKeepsItsDescription() {
    Check check =
        Checks.withDecision(Checks.noPrivacyBreaches(), c -> Ruling.INSUFFICIENT_EVIDENCE);
    assertThat(check.decide(TestContext.of(COMPLETE))).isEqualTo(Ruling.INSUFFICIENT_EVIDENCE);
    assertThat(check.check(TestContext.of(COMPLETE)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(check.requirements()).isEqualTo(Checks.noPrivacyBreaches().requirements());
  }

  @Test
  void veto_ofAFailingPart_decidesVetoed_ofAPassingOne_pass() {
    assertThat(decided(Checks.veto(c -> CheckResult.fail(WHY)), COMPLETE)).isEqualTo(Ruling.VETOED);
    assertThat(decided(Checks.veto(c -> CheckResult.pass(WHY)), COMPLETE)).isEqualTo(Ruling.PASS);
    assertThat(
            decided(
                Checks.anyOf(Checks.veto(c -> CheckResult.fail(WHY)), c -> CheckResult.fail(WHY)),
                COMPLETE))
        .isEqualTo(Ruling.VETOED);
    assertThat(
            decided(
                Checks.creditByParts(
                    Checks.veto(c -> CheckResult.fail(WHY)), c -> CheckResult.pass(WHY)),
                COMPLETE))
        .isEqualTo(Ruling.VETOED);
  }

  @Test
  void aThrowingPart_makesTheCombinationThrow_evenBesideAFailure() {
    Check throwing =
        c -> {
          throw new IllegalStateException("boom");
        };
    Check all = Checks.allOf(c -> CheckResult.fail(WHY), throwing);
    assertThatThrownBy(() -> all.decide(TestContext.of(COMPLETE)))
        .isInstanceOf(IllegalStateException.class);
    Check any = Checks.anyOf(c -> CheckResult.pass(WHY), throwing);
    assertThatThrownBy(() -> any.decide(TestContext.of(COMPLETE)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void notApplicableWhen_aReasonThatThrows_throwsWhenDeciding_aFixedOneNever() {
    Check open =
        Checks.notApplicableWhen(
            c -> true,
            c -> {
              throw new IllegalStateException("boom");
            },
            c -> CheckResult.pass(WHY));
    assertThatThrownBy(() -> open.check(TestContext.of(COMPLETE)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> open.decide(TestContext.of(COMPLETE)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            decided(Checks.notApplicableWhen(c -> true, WHY, c -> CheckResult.fail(WHY)), COMPLETE))
        .isEqualTo(Ruling.NOT_APPLICABLE);
    assertThat(
            decided(
                Checks.notApplicableWhen(c -> false, WHY, c -> CheckResult.fail(WHY)), COMPLETE))
        .isEqualTo(Ruling.FAIL);
  }

  @Test
  void that_decidesByItsCondition() {
    assertThat(decided(Checks.that(c -> true, WHY, WHY), COMPLETE)).isEqualTo(Ruling.PASS);
    assertThat(decided(Checks.that(c -> false, WHY, WHY), COMPLETE)).isEqualTo(Ruling.FAIL);
  }

  @Test
  void rateMeets_comparesCrossProductsBeyondALong_asRateMeets() {
    long big = Long.MAX_VALUE / 3;
    List<Rate> rates =
        List.of(
            Rate.of(9, 10),
            Rate.of(89, 100),
            Rate.of(big - 1, big),
            Rate.of(big, big),
            Rate.of(0, big),
            Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE));
    List<Threshold> thresholds =
        List.of(
            Threshold.atLeastPercent(90),
            Threshold.all(),
            new Threshold(Comparison.AT_MOST, 9, 10),
            new Threshold(Comparison.EQUAL_TO, 9, 10),
            new Threshold(Comparison.AT_LEAST, big - 2, big - 1),
            new Threshold(Comparison.AT_MOST, Long.MAX_VALUE - 2, Long.MAX_VALUE - 1),
            new Threshold(Comparison.EQUAL_TO, 0, 1));
    for (Rate r : rates) {
      for (Threshold t : thresholds) {
        assertThat(RateCheck.meets(r, t)).as("%s %s", r, t).isEqualTo(r.meets(t));
      }
    }
  }

  private static Dossier activities(Activity... activities) {
    return COMPLETE.toBuilder().activities(List.of(activities)).build();
  }

  private static Check leapDay() {
    return Procedure.on(MonthDay.of(2, 29), Occasion.MEMBER_DAY_0529, WHY.text())
        .of("activities", Events.activities(a -> true));
  }

  @Test
  void onADay_29February_inACommonYear_isThe28th_asTheDateSays() {
    int year = COMPLETE.assessmentYear();
    assertThat(java.time.Year.isLeap(year)).as("a common year").isFalse();
    Activity on28 =
        new Activity(LocalDate.of(year, 2, 28), ActivityKind.PUBLICITY, null, ActivityBody.GROUP);
    Activity on27 =
        new Activity(LocalDate.of(year, 2, 27), ActivityKind.PUBLICITY, null, ActivityBody.GROUP);
    assertThat(decided(leapDay(), activities(on28))).isEqualTo(Ruling.PASS);
    assertThat(decided(leapDay(), activities(on27))).isEqualTo(Ruling.FAIL);
  }

  @Test
  void onADay_anActivityMarkingTheOccasion_countsInTheYearOnly() {
    int year = COMPLETE.assessmentYear();
    Activity marked =
        new Activity(
            LocalDate.of(year, 3, 1),
            ActivityKind.PUBLICITY,
            Occasion.MEMBER_DAY_0529,
            ActivityBody.GROUP);
    Activity lastYear =
        new Activity(
            LocalDate.of(year - 1, 2, 28),
            ActivityKind.PUBLICITY,
            Occasion.MEMBER_DAY_0529,
            ActivityBody.GROUP);
    assertThat(decided(leapDay(), activities(marked))).isEqualTo(Ruling.PASS);
    assertThat(decided(leapDay(), activities(lastYear))).isEqualTo(Ruling.FAIL);
  }
}

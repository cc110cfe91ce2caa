package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluator#withCheckTimeLimit} (DOMAIN S-2): a check past the limit is ERROR for its
 * criterion and the others still evaluate. Only outcomes are asserted, never times: the overrunning
 * checks never end on their own, so however slow the machine, they overrun.
 */
class CheckTimeLimitTest {
  private static final Reason WHY = Runaways.WHY;
  private static final Dossier DOSSIER =
      Dossier.builder(Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), 2025)
          .build();
  private static final Duration LIMIT = Duration.ofMillis(200);

  private static final Runaways RUNAWAYS = new Runaways();

  /** Spins until the tests are over, ignoring interruption. */
  private static final Check SPINS = RUNAWAYS.spins;

  @AfterAll
  static void stopSpinning() {
    RUNAWAYS.stop();
  }

  /** Sleeps forever; interruption ends it. */
  private static final Check SLEEPS = Runaways.SLEEPS;

  private static Criterion criterion(String id, Check check) {
    return Runaways.criterion(id, check);
  }

  private static Standard standard(Criterion... criteria) {
    return Runaways.standard(LocalDate.of(2025, 1, 1), criteria);
  }

  @Test
  void spinningAndSleepingChecks_areErrorAndTheOthersStillEvaluate() {
    Standard s =
        standard(
            criterion("test.a", c -> CheckResult.pass(WHY)),
            criterion("test.spins", SPINS),
            criterion("test.b", c -> CheckResult.fail(WHY)),
            criterion("test.sleeps", SLEEPS),
            criterion("test.c", c -> CheckResult.pass(WHY)));
    EvaluationResult r = Evaluator.create().withCheckTimeLimit(LIMIT).evaluate(s, DOSSIER);
    assertThat(r.criteria())
        .extracting(CriterionResult::id, CriterionResult::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test.a", Outcome.PASS),
            org.assertj.core.groups.Tuple.tuple("test.spins", Outcome.ERROR),
            org.assertj.core.groups.Tuple.tuple("test.b", Outcome.FAIL),
            org.assertj.core.groups.Tuple.tuple("test.sleeps", Outcome.ERROR),
            org.assertj.core.groups.Tuple.tuple("test.c", Outcome.PASS));
    String reason = r.criterion("test.spins").orElseThrow().reasons().get(0).text().in(Language.EN);
    assertThat(reason).contains("test.spins").contains("200 ms").contains("time limit");
    assertThat(r.criterion("test.sleeps").orElseThrow().reasons().get(0).text().in(Language.ZH))
        .contains("test.sleeps")
        .contains("200 ms");
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void decide_sleepingCheck_isErrorAndTheOthersStillDecide() {
    Standard s =
        standard(
            criterion("test.a", c -> CheckResult.pass(WHY)),
            criterion("test.sleeps", SLEEPS),
            criterion("test.b", c -> CheckResult.fail(WHY)));
    Decision d = Evaluator.create().withCheckTimeLimit(LIMIT).decide(s, DOSSIER);
    assertThat(d.outcomes()).containsExactly(Outcome.PASS, Outcome.ERROR, Outcome.FAIL);
    assertThat(d.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    Standard open = standard(criterion("test.sleeps", SLEEPS));
    assertThat(Evaluator.create().withCheckTimeLimit(LIMIT).decide(open, DOSSIER).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void anOverrunningCheck_doesNotStopTheNextDossier() {
    Evaluator evaluator = Evaluator.create().withCheckTimeLimit(LIMIT);
    Standard s =
        standard(criterion("test.spins", SPINS), criterion("test.a", c -> CheckResult.pass(WHY)));
    for (int i = 0; i < 3; i++) {
      EvaluationResult r = evaluator.evaluate(s, DOSSIER);
      assertThat(r.criteria())
          .extracting(CriterionResult::outcome)
          .containsExactly(Outcome.ERROR, Outcome.PASS);
      assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
  }

  @SuppressWarnings("NullAway") // a plugin's bug, as the evaluator must survive it
  private static CheckResult returnsNull(org.cunzhi.core.rule.CheckContext context) {
    return null;
  }

  @Test
  void underALimit_throwingAndNullChecksAreContainedAsWithout() {
    Standard s =
        standard(
            criterion(
                "test.throws",
                c -> {
                  throw new IllegalStateException("private detail 13800000000");
                }),
            criterion("test.null", CheckTimeLimitTest::returnsNull),
            criterion("test.a", c -> CheckResult.pass(WHY)));
    EvaluationResult limited =
        Decided.evaluate(Evaluator.create().withCheckTimeLimit(LIMIT), s, DOSSIER);
    EvaluationResult unlimited = Decided.evaluate(Evaluator.create(), s, DOSSIER);
    assertThat(limited).isEqualTo(unlimited);
    assertThat(limited.criteria())
        .extracting(CriterionResult::outcome)
        .containsExactly(Outcome.ERROR, Outcome.ERROR, Outcome.PASS);
    assertThat(
            limited.criterion("test.throws").orElseThrow().reasons().get(0).text().in(Language.EN))
        .doesNotContain("13800000000");
  }

  @Test
  void quickChecks_giveTheSameResultWithAndWithoutALimit() {
    Standard s =
        standard(
            criterion("test.a", c -> CheckResult.pass(WHY)),
            criterion("test.b", c -> CheckResult.fail(WHY)));
    assertThat(
            Decided.evaluate(
                Evaluator.create().withCheckTimeLimit(Duration.ofSeconds(10)), s, DOSSIER))
        .isEqualTo(Decided.evaluate(Evaluator.create(), s, DOSSIER));
  }

  @Test
  void limit_mustBePositive_andIsReported() {
    assertThatThrownBy(() -> Evaluator.create().withCheckTimeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evaluator.create().withCheckTimeLimit(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Evaluator.create().withCheckTimeLimit(Duration.ofMillis(1)).checkTimeLimit())
        .contains(Duration.ofMillis(1));
    assertThat(Evaluator.create().checkTimeLimit()).isEmpty();
    assertThat(
            Evaluator.create()
                .withCheckTimeLimit(LIMIT)
                .withInstalledCriteria(List.of())
                .checkTimeLimit())
        .contains(LIMIT);
    assertThat(TimedChecks.shown(Duration.ofSeconds(10))).isEqualTo("10 s");
    assertThat(TimedChecks.shown(Duration.ofMillis(1500))).isEqualTo("1500 ms");
  }
}

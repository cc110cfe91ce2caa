package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {
  private static final Dossier COMPLETE = Dossiers.complete();

  private static Reason why(String key) {
    return new Reason(key, LocalizedText.of(key, key));
  }

  private static Check returning(Outcome outcome, String key) {
    return c -> CheckResult.of(outcome, why(key));
  }

  private static CheckResult run(Check check) {
    return TestContext.checked(check, TestContext.of(COMPLETE));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "PASS, PASS, PASS",
    "PASS, NOT_APPLICABLE, PASS",
    "NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE",
    "PASS, INSUFFICIENT_EVIDENCE, INSUFFICIENT_EVIDENCE",
    "NOT_APPLICABLE, INSUFFICIENT_EVIDENCE, INSUFFICIENT_EVIDENCE",
    "INSUFFICIENT_EVIDENCE, ERROR, ERROR",
    "PASS, ERROR, ERROR",
    "ERROR, FAIL, FAIL",
    "INSUFFICIENT_EVIDENCE, FAIL, FAIL",
    "FAIL, PASS, FAIL",
    "NOT_APPLICABLE, FAIL, FAIL"
  })
  void allOf_twoParts_followsPrecedence(Outcome a, Outcome b, Outcome expected) {
    CheckResult r = run(Checks.allOf(returning(a, "a"), returning(b, "b")));
    assertThat(r.outcome()).isEqualTo(expected);
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("a", "b");
    assertThat(r.vetoed()).isFalse();
  }

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource({
    "FAIL, PASS, PASS",
    "INSUFFICIENT_EVIDENCE, PASS, PASS",
    "NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE",
    "FAIL, NOT_APPLICABLE, FAIL",
    "FAIL, INSUFFICIENT_EVIDENCE, INSUFFICIENT_EVIDENCE",
    "ERROR, INSUFFICIENT_EVIDENCE, ERROR",
    "FAIL, FAIL, FAIL"
  })
  void anyOf_twoParts_followsPrecedence(Outcome a, Outcome b, Outcome expected) {
    assertThat(run(Checks.anyOf(returning(a, "a"), returning(b, "b"))).outcome())
        .isEqualTo(expected);
  }

  @Test
  void allOf_concatenatesMeasuresAndRemediesInOrder() {
    Remedy r1 = new Remedy(Remedy.Kind.ADD_EVENT, "x", 2025, 1, 1, LocalizedText.of("1", "1"));
    Remedy r2 = new Remedy(Remedy.Kind.ADD_EVENT, "y", 2025, 2, 1, LocalizedText.of("2", "2"));
    CheckResult r =
        run(
            Checks.allOf(
                c -> CheckResult.fail(why("a")).withRemedy(r1),
                c -> CheckResult.insufficient(why("b")).withRemedy(r2)));
    assertThat(r.remedies()).containsExactly(r1, r2);
  }

  @Test
  void allOf_sameRemedyFromTwoParts_appearsOnce() {
    Remedy year = new Remedy(Remedy.Kind.SUPPLY_DATA, "years", 2023, null, 1, why("y").text());
    CheckResult r =
        run(
            Checks.allOf(
                c -> CheckResult.insufficient(why("a")).withRemedy(year),
                c -> CheckResult.insufficient(why("b")).withRemedy(year)));
    assertThat(r.remedies()).containsExactly(year);
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("a", "b");
  }

  @Test
  void allOf_noPart_isRejected() {
    assertThatThrownBy(Checks::allOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void veto_failingVetoPart_vetoesTheWhole() {
    CheckResult r =
        run(
            Checks.allOf(
                returning(Outcome.PASS, "a"), Checks.veto(returning(Outcome.FAIL, "veto"))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void veto_failingOtherPart_doesNotVeto() {
    CheckResult r =
        run(
            Checks.allOf(
                returning(Outcome.FAIL, "a"), Checks.veto(returning(Outcome.PASS, "veto"))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isFalse();
  }

  @Test
  void veto_passingPart_isUnchanged() {
    assertThat(run(Checks.veto(returning(Outcome.INSUFFICIENT_EVIDENCE, "a"))).vetoed()).isFalse();
  }

  @Test
  void requires_sectionPresent_runsTheCheck() {
    assertThat(run(Checks.requires(Section.YEARS, returning(Outcome.PASS, "a"))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void requires_sectionAbsent_isInsufficientNamingItWithSupplyDataRemedy() {
    Dossier d = COMPLETE.toBuilder().without(Section.YEARS).without(Section.BENEFITS).build();
    CheckResult r =
        Checks.requires(
                EnumSet.of(Section.BENEFITS, Section.YEARS, Section.APPRAISALS),
                returning(Outcome.PASS, "a"))
            .check(TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons()).hasSize(2);
    assertThat(r.reasons().get(0).text().en()).contains("years");
    assertThat(r.reasons().get(1).text().en()).contains("benefits");
    assertThat(r.remedies())
        .extracting(Remedy::kind, Remedy::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Remedy.Kind.SUPPLY_DATA, "years"),
            org.assertj.core.groups.Tuple.tuple(Remedy.Kind.SUPPLY_DATA, "benefits"));
  }

  @Test
  void notApplicableWhen_conditionHolds_isNotApplicableWithTheReason() {
    CheckResult r =
        run(Checks.notApplicableWhen(c -> true, why("none"), returning(Outcome.FAIL, "a")));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("none");
  }

  @Test
  void notApplicableWhen_conditionFails_runsTheCheck() {
    assertThat(
            run(Checks.notApplicableWhen(c -> false, why("none"), returning(Outcome.FAIL, "a")))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void that_conditionHolds_passes_elseFailsWithRemedy() {
    Remedy fix = new Remedy(Remedy.Kind.CORRECT_RECORD, "x", null, null, 1, why("f").text());
    assertThat(run(Checks.that(c -> true, why("yes"), why("no"), fix)).outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult no = run(Checks.that(c -> false, why("yes"), why("no"), fix));
    assertThat(no.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(no.reasons()).extracting(Reason::key).containsExactly("no");
    assertThat(no.remedies()).containsExactly(fix);
  }

  @Test
  void creditByParts_threeOfFourPass_earnsThreeQuarters() {
    CheckResult r =
        run(
            Checks.creditByParts(
                returning(Outcome.PASS, "a"),
                returning(Outcome.PASS, "b"),
                returning(Outcome.FAIL, "c"),
                returning(Outcome.PASS, "d"),
                returning(Outcome.NOT_APPLICABLE, "e")));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.credit()).contains(Credit.of(3, 4));
  }

  @Test
  void creditByParts_partialParts_averageExactly() {
    CheckResult r =
        run(
            Checks.creditByParts(
                c -> CheckResult.pass(why("a")).withCredit(Credit.of(1, 3)),
                returning(Outcome.PASS, "b")));
    assertThat(r.credit()).contains(Credit.of(2, 3));
  }

  @Test
  void creditByParts_insufficientPart_earnsNoCredit() {
    CheckResult r =
        run(
            Checks.creditByParts(
                returning(Outcome.PASS, "a"), returning(Outcome.INSUFFICIENT_EVIDENCE, "b")));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.credit()).isEmpty();
  }

  @Test
  void allOf_listOverload_matchesVarargs() {
    List<Check> parts = List.of(returning(Outcome.PASS, "a"), returning(Outcome.FAIL, "b"));
    assertThat(run(Checks.allOf(parts))).isEqualTo(run(Checks.allOf(parts.get(0), parts.get(1))));
  }
}

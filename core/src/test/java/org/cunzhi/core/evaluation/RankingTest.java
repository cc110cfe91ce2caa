package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** CV-D7: units ranked by exact score, ties as ties, the pick among the demonstration units. */
class RankingTest {
  private static final Grade DEMONSTRATION = Grade.of("demonstration", "示范", "demonstration", "90");
  private static final Grade ADVANCED = Grade.of("advanced", "先进", "advanced", "75");

  private static Fraction f(long hundredths) {
    return Fraction.of(hundredths, 100);
  }

  private static @Nullable Grade gradeOf(Fraction score) {
    if (score.compareTo(Fraction.of(90, 1)) >= 0) {
      return DEMONSTRATION;
    }
    return score.compareTo(Fraction.of(75, 1)) >= 0 ? ADVANCED : null;
  }

  private static EvaluationResult result(String code, long low, long high) {
    Span s = Span.of(f(low), f(high));
    @Nullable Grade lowest = gradeOf(s.low());
    @Nullable Grade highest = gradeOf(s.high());
    ScoreCard card =
        new ScoreCard(s, Fraction.HUNDRED, s, List.of(), s, lowest, highest, false, List.of());
    return new EvaluationResult(
        "test.points",
        "1",
        LocalizedText.of("测试", "test"),
        "sha256:00",
        Unit.of(DivisionCode.parse(code), "村" + code.substring(9), UnitKind.VILLAGE),
        2025,
        card.standing() == GradeStanding.AWARDED ? Verdict.MEETS : Verdict.INCONCLUSIVE,
        false,
        List.of(),
        List.of(),
        card);
  }

  private static List<String> codes(List<Ranking.Entry> entries) {
    return entries.stream().map(e -> e.result().unit().code().value()).toList();
  }

  @Test
  void CV_D7_highestExactDemonstrationScore_isThePick() {
    Ranking r =
        Ranking.of(
            List.of(
                result("120119105203", 8000, 8000),
                result("120119105201", 9742, 9742),
                result("120119105202", 9000, 9000)),
            DEMONSTRATION);
    assertThat(codes(r.entries())).containsExactly("120119105201", "120119105202", "120119105203");
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2, 3);
    assertThat(r.entries()).noneMatch(Ranking.Entry::tied);
    assertThat(codes(r.picks())).containsExactly("120119105201");
    assertThat(r.contenders()).isEmpty();
  }

  @Test
  void CV_D7_tiesAreShownAsTies_andShareThePick() {
    Ranking r =
        Ranking.of(
            List.of(
                result("120119105202", 9500, 9500),
                result("120119105201", 9500, 9500),
                result("120119105203", 9499, 9499)),
            DEMONSTRATION);
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 1, 3);
    assertThat(r.entries()).extracting(Ranking.Entry::tied).containsExactly(true, true, false);
    assertThat(codes(r.picks())).containsExactly("120119105201", "120119105202");
  }

  @Test
  void CV_D7_exactlyNinety_isPicked_justUnder_isNot() {
    Ranking r =
        Ranking.of(
            List.of(result("120119105201", 8999, 8999), result("120119105202", 9000, 9000)),
            DEMONSTRATION);
    assertThat(codes(r.picks())).containsExactly("120119105202");
    Ranking none = Ranking.of(List.of(result("120119105201", 8999, 8999)), DEMONSTRATION);
    assertThat(none.picks()).isEmpty();
  }

  @Test
  void CV_D5_anIntervalIsNeverPicked_butContendsWhenItCouldReachThePick() {
    Ranking r =
        Ranking.of(
            List.of(
                result("120119105201", 9742, 9742),
                result("120119105203", 8638, 9838),
                result("120119105204", 8000, 9741)),
            DEMONSTRATION);
    assertThat(codes(r.entries())).containsExactly("120119105201", "120119105203", "120119105204");
    assertThat(codes(r.picks())).containsExactly("120119105201");
    // 98.38 ≥ 97.42: could overtake; 97.41 < 97.42: could not
    assertThat(codes(r.contenders())).containsExactly("120119105203");
  }

  @Test
  void equalLowEnds_butDifferentIntervals_areNotTied() {
    Ranking r =
        Ranking.of(
            List.of(result("120119105201", 8000, 8000), result("120119105202", 8000, 9000)),
            DEMONSTRATION);
    assertThat(codes(r.entries())).containsExactly("120119105202", "120119105201");
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2);
  }

  @Test
  void mixedStandards_noScore_orAUnitTwice_areRefused() {
    EvaluationResult a = result("120119105201", 9000, 9000);
    assertThatThrownBy(() -> Ranking.of(List.of(a, a), DEMONSTRATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    EvaluationResult passFail =
        new EvaluationResult(
            "test.points",
            "1",
            LocalizedText.of("测试", "test"),
            "sha256:00",
            a.unit(),
            2025,
            Verdict.MEETS,
            false,
            List.of(),
            List.of());
    assertThatThrownBy(() -> Ranking.of(List.of(passFail), DEMONSTRATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no score");
    assertThatThrownBy(() -> Ranking.of(List.of(), DEMONSTRATION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

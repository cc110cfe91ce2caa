package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.CreditRange;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AwardRankingTest {
  /** A small points standard of the test's own: two criteria, three grades (90, 75, 60). */
  static final Standard POINTS = points(Outcome.PASS);

  /**
   * The test's points standard: {@code test.a} (60 points) passes, {@code test.b} (40 points) has
   * {@code b}.
   */
  static Standard points(Outcome b) {
    return Standard.builder("test.points")
        .version("1")
        .title("测试评分标准", "test points standard")
        .authority("test")
        .documentNumber("T-1")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.TOWNSHIP)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criterion("test.a", Outcome.PASS), criterion("test.b", b)))
        .scoring(
            ScoringModel.weightedPoints(
                Map.of("test.a", BigDecimal.valueOf(60), "test.b", BigDecimal.valueOf(40)),
                List.of(
                    Grade.of("demonstration", "示范村", "demonstration village", "90"),
                    Grade.of("advanced", "先进村", "advanced village", "75"),
                    Grade.of("qualified", "合格村", "qualified village", "60"))))
        .build();
  }

  /** The test's points standard with {@code test.b} short of evidence: scores [60, 100]. */
  static Standard points() {
    return points(Outcome.INSUFFICIENT_EVIDENCE);
  }

  private final AwardRanking ranking =
      new AwardRanking(StandardRegistry.of(List.of((StandardProvider) c -> List.of(POINTS))));

  @Test
  void passFail_verdictFirst_thenTheVetoedLast() {
    List<AwardRanking.Ranked> ranked =
        onlyGroup(
            AwardRanking.Rule.VERDICT,
            List.of(
                unit("120119000004", Verdict.DOES_NOT_MEET, true, 8, 1, 0),
                unit("120119000003", Verdict.DOES_NOT_MEET, false, 8, 1, 0),
                unit("120119000002", Verdict.INCONCLUSIVE, false, 8, 0, 1),
                unit("120119000001", Verdict.MEETS, false, 9, 0, 0)));

    assertThat(codes(ranked))
        .containsExactly("120119000001", "120119000002", "120119000003", "120119000004");
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 2, 3, 4);
    assertThat(ranked).noneMatch(AwardRanking.Ranked::tied);
  }

  @Test
  void passFail_fewerFailures_thenFewerUndecided_thenMorePassed() {
    List<AwardRanking.Ranked> ranked =
        onlyGroup(
            AwardRanking.Rule.VERDICT,
            List.of(
                unit("120119000001", Verdict.DOES_NOT_MEET, false, 7, 2, 0),
                unit("120119000002", Verdict.DOES_NOT_MEET, false, 7, 1, 1),
                unit("120119000003", Verdict.DOES_NOT_MEET, false, 8, 1, 0),
                unit("120119000004", Verdict.DOES_NOT_MEET, false, 7, 1, 0)));

    assertThat(codes(ranked))
        .containsExactly("120119000003", "120119000004", "120119000002", "120119000001");
  }

  @Test
  void passFail_equalUnitsShareARank_inDivisionCodeOrder_andTheNextSkips() {
    List<AwardRanking.Ranked> ranked =
        onlyGroup(
            AwardRanking.Rule.VERDICT,
            List.of(
                unit("120119000009", Verdict.MEETS, false, 9, 0, 0),
                unit("120119000003", Verdict.MEETS, false, 9, 0, 0),
                unit("120119000001", Verdict.MEETS, false, 10, 0, 0),
                unit("120119000002", Verdict.INCONCLUSIVE, false, 8, 0, 1)));

    assertThat(codes(ranked))
        .containsExactly("120119000001", "120119000003", "120119000009", "120119000002");
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 2, 2, 4);
    assertThat(ranked.stream().map(AwardRanking.Ranked::tied))
        .containsExactly(false, true, true, false);
  }

  @Test
  void points_exactScoreDecides_evenBelowTheShownDecimals_andEqualScoresShareARank() {
    // 90.004 and 90 both show as 90.00; the exact score puts 90.004 first. 80 and 80 tie, and the
    // division code does not break the tie: both are 3rd, the next is 5th.
    List<AwardRanking.Ranked> ranked =
        onlyGroup(
            AwardRanking.Rule.EXACT_SCORE,
            List.of(
                scored("120119000001", exactly(90), "demonstration", "demonstration"),
                scored(
                    "120119000002",
                    Span.exactly(Fraction.of(90004, 1000)),
                    "demonstration",
                    "demonstration"),
                scored("120119000004", exactly(80), "advanced", "advanced"),
                scored("120119000003", exactly(80), "advanced", "advanced"),
                scored("120119000005", exactly(50), null, null)));

    assertThat(codes(ranked))
        .containsExactly(
            "120119000002", "120119000001", "120119000003", "120119000004", "120119000005");
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 2, 3, 3, 5);
    assertThat(ranked.stream().map(AwardRanking.Ranked::tied))
        .containsExactly(false, false, true, true, false);
    assertThat(
            ranked.stream().filter(AwardRanking.Ranked::pick).map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000002");
  }

  @Test
  void points_tiedBestAreBothPicked_andAnIntervalThatCouldReachThemIsAContender() {
    List<AwardRanking.Ranked> ranked =
        onlyGroup(
            AwardRanking.Rule.EXACT_SCORE,
            List.of(
                scored("120119000001", exactly(92), "demonstration", "demonstration"),
                scored("120119000002", exactly(92), "demonstration", "demonstration"),
                // [85, 92] reaches the picks' 92 and could be demonstration
                scored("120119000003", span(85, 92), "advanced", "demonstration"),
                // [85, 91.99] falls short of 92
                scored(
                    "120119000004",
                    Span.of(Fraction.of(85, 1), Fraction.of(9199, 100)),
                    "advanced",
                    "demonstration")));

    assertThat(
            ranked.stream().filter(AwardRanking.Ranked::pick).map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000001", "120119000002");
    assertThat(
            ranked.stream()
                .filter(AwardRanking.Ranked::contender)
                .map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000003");
    // an interval ranks by its low end: [85, 92] before [85, 91.99], behind the exact 92s
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 1, 3, 4);
  }

  @Test
  void mixed_pointsGroupFirst_thenPassFail_andAPointsUnitWithoutAScoreGoesByVerdict() {
    StoredEvaluation noScore =
        evaluation("120119000003", "test.points", Verdict.DOES_NOT_MEET, null, null, null, null);

    List<AwardRanking.Group> groups =
        ranking.rank(
            List.of(
                unit("120119000001", Verdict.MEETS, false, 9, 0, 0),
                scored("120119000002", exactly(95), "demonstration", "demonstration"),
                noScore));

    assertThat(groups.stream().map(AwardRanking.Group::rule))
        .containsExactly(AwardRanking.Rule.EXACT_SCORE, AwardRanking.Rule.VERDICT);
    assertThat(groups.get(0).standardId()).isEqualTo("test.points");
    assertThat(groups.get(0).pickGrade()).isEqualTo("示范村");
    assertThat(codes(groups.get(0).units())).containsExactly("120119000002");
    assertThat(codes(groups.get(1).units())).containsExactly("120119000001", "120119000003");
    assertThat(groups.get(1).standardId()).isNull();
  }

  @Test
  void rank_none_isNoGroup() {
    assertThat(ranking.rank(List.of())).isEmpty();
  }

  private List<AwardRanking.Ranked> onlyGroup(
      AwardRanking.Rule rule, List<StoredEvaluation> units) {
    List<AwardRanking.Group> groups = ranking.rank(units);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).rule()).isEqualTo(rule);
    return groups.get(0).units();
  }

  private static List<String> codes(List<AwardRanking.Ranked> ranked) {
    return ranked.stream().map(r -> r.evaluation().unitCode()).toList();
  }

  private static Span exactly(long score) {
    return Span.exactly(Fraction.of(score, 1));
  }

  private static Span span(long low, long high) {
    return Span.of(Fraction.of(low, 1), Fraction.of(high, 1));
  }

  private static Criterion criterion(String id, Outcome outcome) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", id))
        .check(
            c ->
                new CheckResult(
                    outcome,
                    List.of(new Reason("test.why", LocalizedText.of("因为", "because"))),
                    List.of(),
                    List.of(),
                    false,
                    outcome == Outcome.INSUFFICIENT_EVIDENCE ? CreditRange.unknown() : null))
        .build();
  }

  private static StoredEvaluation scored(
      String code, Span score, @Nullable String lowest, @Nullable String highest) {
    String grade =
        lowest == null && highest == null
            ? "NOT_QUALIFIED"
            : lowest != null && lowest.equals(highest) ? lowest.toUpperCase() : "INCONCLUSIVE";
    return evaluation(code, "test.points", Verdict.MEETS, score, grade, lowest, highest);
  }

  private static StoredEvaluation unit(
      String code, Verdict verdict, boolean vetoed, int passed, int failed, int undecided) {
    return new StoredEvaluation(
        Long.parseLong(code.substring(8)),
        code,
        "单位" + code,
        UnitKind.VILLAGE,
        null,
        2025,
        "tianjin.demonstration-village",
        "2025",
        "sha256:0",
        verdict,
        vetoed,
        null,
        null,
        null,
        null,
        null,
        passed,
        failed,
        undecided,
        OffsetDateTime.parse("2025-12-31T00:00:00Z"));
  }

  private static StoredEvaluation evaluation(
      String code,
      String standardId,
      Verdict verdict,
      @Nullable Span score,
      @Nullable String grade,
      @Nullable String lowest,
      @Nullable String highest) {
    return new StoredEvaluation(
        Long.parseLong(code.substring(8)),
        code,
        "单位" + code,
        UnitKind.VILLAGE,
        null,
        2025,
        standardId,
        "1",
        "sha256:1",
        verdict,
        false,
        score,
        grade,
        null,
        lowest,
        highest,
        2,
        0,
        0,
        OffsetDateTime.parse("2025-12-31T00:00:00Z"));
  }
}

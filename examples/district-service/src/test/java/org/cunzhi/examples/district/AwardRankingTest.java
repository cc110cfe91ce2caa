package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.UnitKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AwardRankingTest {
  private final AwardRanking ranking = new AwardRanking();

  @Test
  void rank_verdictFirst_thenTheVetoedLast() {
    List<AwardRanking.Ranked> ranked =
        ranking.rank(
            List.of(
                unit("120119000004", Verdict.DOES_NOT_MEET, true, null, 8, 1, 0),
                unit("120119000003", Verdict.DOES_NOT_MEET, false, null, 8, 1, 0),
                unit("120119000002", Verdict.INCONCLUSIVE, false, null, 8, 0, 1),
                unit("120119000001", Verdict.MEETS, false, null, 9, 0, 0)));

    assertThat(ranked.stream().map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000001", "120119000002", "120119000003", "120119000004");
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void rank_higherScoreFirst_andAUnitWithoutOneAfterThoseWithOne() {
    List<AwardRanking.Ranked> ranked =
        ranking.rank(
            List.of(
                unit("120119000001", Verdict.MEETS, false, null, 9, 0, 0),
                unit("120119000002", Verdict.MEETS, false, new BigDecimal("90.00"), 9, 0, 0),
                unit("120119000003", Verdict.MEETS, false, new BigDecimal("90.01"), 9, 0, 0)));

    assertThat(ranked.stream().map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000003", "120119000002", "120119000001");
  }

  @Test
  void rank_fewerFailures_thenFewerUndecided_thenMorePassed() {
    List<AwardRanking.Ranked> ranked =
        ranking.rank(
            List.of(
                unit("120119000001", Verdict.DOES_NOT_MEET, false, null, 7, 2, 0),
                unit("120119000002", Verdict.DOES_NOT_MEET, false, null, 7, 1, 1),
                unit("120119000003", Verdict.DOES_NOT_MEET, false, null, 8, 1, 0),
                unit("120119000004", Verdict.DOES_NOT_MEET, false, null, 7, 1, 0)));

    assertThat(ranked.stream().map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000003", "120119000004", "120119000002", "120119000001");
  }

  @Test
  void rank_equalUnitsShareARank_inDivisionCodeOrder_andTheNextSkips() {
    List<AwardRanking.Ranked> ranked =
        ranking.rank(
            List.of(
                unit("120119000009", Verdict.MEETS, false, null, 9, 0, 0),
                unit("120119000003", Verdict.MEETS, false, null, 9, 0, 0),
                unit("120119000001", Verdict.MEETS, false, new BigDecimal("95"), 9, 0, 0),
                unit("120119000002", Verdict.INCONCLUSIVE, false, null, 8, 0, 1)));

    assertThat(ranked.stream().map(r -> r.evaluation().unitCode()))
        .containsExactly("120119000001", "120119000003", "120119000009", "120119000002");
    assertThat(ranked.stream().map(AwardRanking.Ranked::rank)).containsExactly(1, 2, 2, 4);
  }

  @Test
  void rank_none_isEmpty() {
    assertThat(ranking.rank(List.of())).isEmpty();
  }

  private static StoredEvaluation unit(
      String code,
      Verdict verdict,
      boolean vetoed,
      @Nullable BigDecimal score,
      int passed,
      int failed,
      int undecided) {
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
        score,
        null,
        passed,
        failed,
        undecided,
        OffsetDateTime.parse("2025-12-31T00:00:00Z"));
  }
}

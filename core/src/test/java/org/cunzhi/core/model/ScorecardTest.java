package org.cunzhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  private static final LocalDate DAY = LocalDate.of(2025, 11, 10);

  @Test
  void new_zeroAndHundred_areKept() {
    Scorecard card =
        new Scorecard(
            ScorecardKind.SELF,
            DAY,
            Map.of(ScorecardDimension.ORGANIZATION, 0, ScorecardDimension.INTEGRITY, 100));
    assertThat(card.score(ScorecardDimension.ORGANIZATION)).contains(0);
    assertThat(card.score(ScorecardDimension.INTEGRITY)).contains(100);
    assertThat(card.score(ScorecardDimension.INSTITUTIONS)).isEmpty();
    assertThat(card.isComplete()).isFalse();
  }

  @Test
  void new_minusOneOrHundredAndOne_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Scorecard(ScorecardKind.SELF, DAY, Map.of(ScorecardDimension.ORGANIZATION, -1)))
        .withMessageContaining("ORGANIZATION")
        .withMessageContaining("-1");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Scorecard(
                    ScorecardKind.MASS_APPRAISAL,
                    DAY,
                    Map.of(ScorecardDimension.REWARDS_ASSISTANCE, 101)));
  }

  @Test
  void new_scoresInAnyOrder_keepsTheDimensionsOrderAndIsImmutable() {
    Map<ScorecardDimension, Integer> scores = new LinkedHashMap<>();
    for (ScorecardDimension d : ScorecardDimension.values()) {
      scores.put(d, 90);
    }
    Map<ScorecardDimension, Integer> reversed = new LinkedHashMap<>();
    scores.keySet().stream()
        .sorted((a, b) -> b.compareTo(a))
        .forEach(d -> reversed.put(d, scores.get(d)));
    Scorecard card = new Scorecard(ScorecardKind.TOWNSHIP_INSPECTION, DAY, reversed);
    assertThat(card.scores().keySet()).containsExactly(ScorecardDimension.values());
    assertThat(card.isComplete()).isTrue();
    reversed.clear();
    assertThat(card.scores()).hasSize(5);
  }

  @Test
  void dossier_scorecards_tellAbsentFromEmpty() {
    Unit unit = org.cunzhi.core.fixtures.Dossiers.UNIT;
    Dossier absent = Dossier.builder(unit, 2025).build();
    Dossier empty = Dossier.builder(unit, 2025).scorecards(java.util.List.of()).build();
    assertThat(absent.scorecards()).isEmpty();
    assertThat(absent.has(Section.SCORECARDS)).isFalse();
    assertThat(empty.scorecards()).isEmpty();
    assertThat(empty.has(Section.SCORECARDS)).isTrue();
    assertThat(empty.toBuilder().without(Section.SCORECARDS).build().has(Section.SCORECARDS))
        .isFalse();
  }
}

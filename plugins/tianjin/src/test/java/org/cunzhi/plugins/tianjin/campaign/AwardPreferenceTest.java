package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.DivisionCode;
import org.junit.jupiter.api.Test;

class AwardPreferenceTest {
  private static AwardCandidate unit(String code, boolean demonstration) {
    return AwardCandidate.of(DivisionCode.parse(code), demonstration);
  }

  @Test
  void rank_demonstrationUnitsFirst_TJ_C3() {
    AwardCandidate plain = unit("120119105201", false);
    AwardCandidate demo = unit("120119105299", true);
    assertThat(AwardPreference.rank(List.of(plain, demo))).containsExactly(demo, plain);
  }

  @Test
  void rank_tiesByDivisionCodeAscending_TJ_C3() {
    AwardCandidate a = unit("120119105201", true);
    AwardCandidate b = unit("120119105202", true);
    AwardCandidate c = unit("120119105203", false);
    AwardCandidate d = unit("120119105204", false);
    assertThat(AwardPreference.rank(List.of(d, b, c, a))).containsExactly(a, b, c, d);
  }

  @Test
  void order_equalCandidates_compareEqual() {
    assertThat(
            AwardPreference.order().compare(unit("120119105201", true), unit("120119105201", true)))
        .isZero();
  }

  @Test
  void from_awardedCandidacy_isDemonstration_notPassedIsNot() {
    CampaignCalendar cal = CampaignCalendar.of(2026, false);
    Candidacy inspected =
        Candidacy.file(DivisionCode.parse("120119105201"), cal, LocalDate.of(2026, 1, 5))
            .orElseThrow()
            .startCreation(LocalDate.of(2026, 2, 1))
            .orElseThrow()
            .assessByDistrict(LocalDate.of(2026, 10, 8))
            .orElseThrow()
            .report(LocalDate.of(2026, 10, 9))
            .orElseThrow()
            .inspect(LocalDate.of(2026, 11, 9))
            .orElseThrow();
    assertThat(
            AwardCandidate.from(inspected.award(LocalDate.of(2026, 11, 20)).orElseThrow())
                .demonstration())
        .isTrue();
    assertThat(
            AwardCandidate.from(inspected.notPass(LocalDate.of(2026, 11, 20)).orElseThrow())
                .demonstration())
        .isFalse();
  }
}

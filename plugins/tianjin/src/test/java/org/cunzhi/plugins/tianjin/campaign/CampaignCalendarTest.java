package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignCalendarTest {

  @Test
  void of_laterYear_filingBy31January_TJ_C1() {
    CampaignCalendar c = CampaignCalendar.of(2026, false);
    assertThat(c.filingDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(c.isFirstYear()).isFalse();
  }

  @Test
  void of_firstYear_filingBy15March_TJ_C1() {
    CampaignCalendar c = CampaignCalendar.of(2025, true);
    assertThat(c.filingDeadline()).isEqualTo(LocalDate.of(2025, 3, 15));
    assertThat(c.isFirstYear()).isTrue();
  }

  @Test
  void milestones_inThePlansOrder_withTheirDates_TJ_C1() {
    CampaignCalendar c = CampaignCalendar.of(2026, false);
    assertThat(c.milestones()).extracting(Milestone::kind).containsExactly(MilestoneKind.values());
    assertThat(c.milestone(MilestoneKind.CREATION))
        .returns(LocalDate.of(2026, 2, 1), Milestone::from)
        .returns(LocalDate.of(2026, 9, 30), Milestone::to)
        .returns(MilestoneTiming.PERIOD, Milestone::timing);
    assertThat(c.milestone(MilestoneKind.DISTRICT_EVALUATION))
        .returns(LocalDate.of(2026, 10, 1), Milestone::from)
        .returns(LocalDate.of(2026, 12, 31), Milestone::to);
    assertThat(c.reportDeadline()).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(c.milestone(MilestoneKind.DISTRICT_REPORT_DEADLINE).timing())
        .isEqualTo(MilestoneTiming.DEADLINE);
    assertThat(c.milestone(MilestoneKind.MUNICIPAL_INSPECTION))
        .returns(LocalDate.of(2026, 11, 1), Milestone::from)
        .returns(LocalDate.of(2026, 11, 30), Milestone::to)
        .returns(MilestoneTiming.APPROXIMATE, Milestone::timing);
    assertThat(c.milestone(MilestoneKind.AWARD).from())
        .isEqualTo(c.milestone(MilestoneKind.MUNICIPAL_INSPECTION).from());
  }

  @Test
  void milestones_haveBilingualNamesWithTheirDates() {
    Milestone report =
        CampaignCalendar.of(2026, false).milestone(MilestoneKind.DISTRICT_REPORT_DEADLINE);
    assertThat(report.name().zh()).isEqualTo("区县上报");
    assertThat(report.name().en()).isEqualTo("District report");
    assertThat(report.description().zh()).contains("2026-10-20");
    assertThat(report.description().en()).contains("2026-10-20");
    for (Milestone m : CampaignCalendar.of(2025, true).milestones()) {
      assertThat(m.name().zh()).isNotBlank();
      assertThat(m.description().en()).isNotBlank().doesNotContain("{");
    }
  }

  @Test
  void contains_bothEndsIncluded_oneDayOutsideExcluded() {
    Milestone creation = CampaignCalendar.of(2026, false).milestone(MilestoneKind.CREATION);
    assertThat(creation.contains(LocalDate.of(2026, 1, 31))).isFalse();
    assertThat(creation.contains(LocalDate.of(2026, 2, 1))).isTrue();
    assertThat(creation.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(creation.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void equals_sameYearAndKind_equal_otherwiseNot() {
    assertThat(CampaignCalendar.of(2026, false)).isEqualTo(CampaignCalendar.of(2026, false));
    assertThat(CampaignCalendar.of(2026, false))
        .hasSameHashCodeAs(CampaignCalendar.of(2026, false));
    assertThat(CampaignCalendar.of(2026, false)).isNotEqualTo(CampaignCalendar.of(2026, true));
    assertThat(CampaignCalendar.of(2026, false)).isNotEqualTo(CampaignCalendar.of(2027, false));
  }

  @Test
  void of_yearOutOfRange_refused() {
    assertThatThrownBy(() -> CampaignCalendar.of(0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> CampaignCalendar.of(10000, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CampaignCalendar.of(1, false).year()).isEqualTo(1);
    assertThat(CampaignCalendar.of(9999, false).year()).isEqualTo(9999);
  }

  @Test
  void milestone_deadlineSpanningDays_refused() {
    Milestone m = CampaignCalendar.of(2026, false).milestone(MilestoneKind.FILING_DEADLINE);
    assertThatThrownBy(
            () ->
                new Milestone(
                    m.kind(),
                    MilestoneTiming.DEADLINE,
                    m.from(),
                    m.from().plusDays(1),
                    m.name(),
                    m.description()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Milestone(
                    m.kind(),
                    MilestoneTiming.PERIOD,
                    m.from(),
                    m.from().minusDays(1),
                    m.name(),
                    m.description()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

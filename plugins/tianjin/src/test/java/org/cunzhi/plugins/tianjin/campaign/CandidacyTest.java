package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cunzhi.core.model.DivisionCode;
import org.junit.jupiter.api.Test;

class CandidacyTest {
  private static final DivisionCode TAIZI = DivisionCode.parse("120119105201");
  private static final CampaignCalendar Y2026 = CampaignCalendar.of(2026, false);
  private static final CampaignCalendar FIRST = CampaignCalendar.of(2025, true);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static Candidacy filed() {
    return Candidacy.file(TAIZI, Y2026, d(1, 20)).orElseThrow();
  }

  private static Candidacy assessed() {
    return filed().startCreation(d(2, 1)).orElseThrow().assessByDistrict(d(10, 10)).orElseThrow();
  }

  private static Candidacy inspected() {
    return assessed().report(d(10, 20)).orElseThrow().inspect(d(11, 15)).orElseThrow();
  }

  private static Refusal refusal(Transition t) {
    assertThat(t.isAccepted()).isFalse();
    assertThat(t.candidacy()).isEmpty();
    return t.refusal().orElseThrow();
  }

  @Test
  void file_onTheDeadline_accepted_TJ_C1() {
    Transition t = Candidacy.file(TAIZI, Y2026, d(1, 31));
    assertThat(t.isAccepted()).isTrue();
    assertThat(t.orElseThrow().stage()).isEqualTo(CandidacyStage.FILED);
    assertThat(t.orElseThrow().dateOf(CandidacyStage.FILED)).contains(d(1, 31));
  }

  @Test
  void file_dayAfterTheDeadline_refusedAsLate_TJ_C1() {
    Refusal r = refusal(Candidacy.file(TAIZI, Y2026, d(2, 1)));
    assertThat(r.reason()).isEqualTo(RefusalReason.LATE);
    assertThat(r.brokenLimit()).contains(d(1, 31));
    assertThat(r.current()).isNull();
    assertThat(r.attempted()).isEqualTo(CandidacyStage.FILED);
    assertThat(r.text().en()).contains("2026-02-01", "late", "2026-01-31");
    assertThat(r.text().zh()).contains("逾期", "2026-01-31");
  }

  @Test
  void file_firstYear_15MarchAccepted_16MarchLate_TJ_C1() {
    assertThat(Candidacy.file(TAIZI, FIRST, LocalDate.of(2025, 3, 15)).isAccepted()).isTrue();
    assertThat(refusal(Candidacy.file(TAIZI, FIRST, LocalDate.of(2025, 3, 16))).reason())
        .isEqualTo(RefusalReason.LATE);
  }

  @Test
  void startCreation_windowFebruaryToSeptember_bothSides() {
    assertThat(refusal(filed().startCreation(d(1, 31))).reason())
        .isEqualTo(RefusalReason.TOO_EARLY);
    assertThat(filed().startCreation(d(2, 1)).isAccepted()).isTrue();
    assertThat(filed().startCreation(d(9, 30)).isAccepted()).isTrue();
    assertThat(refusal(filed().startCreation(d(10, 1))).reason()).isEqualTo(RefusalReason.LATE);
  }

  @Test
  void startCreation_beforeTheFiling_refused() {
    Candidacy c = Candidacy.file(TAIZI, FIRST, LocalDate.of(2025, 3, 10)).orElseThrow();
    Refusal r = refusal(c.startCreation(LocalDate.of(2025, 3, 9)));
    assertThat(r.reason()).isEqualTo(RefusalReason.BEFORE_PREVIOUS_STEP);
    assertThat(r.brokenLimit()).contains(LocalDate.of(2025, 3, 10));
    assertThat(c.startCreation(LocalDate.of(2025, 3, 10)).isAccepted()).isTrue();
  }

  @Test
  void assessByDistrict_windowOctoberToDecember_bothSides() {
    Candidacy creating = filed().startCreation(d(2, 1)).orElseThrow();
    assertThat(refusal(creating.assessByDistrict(d(9, 30))).reason())
        .isEqualTo(RefusalReason.TOO_EARLY);
    assertThat(creating.assessByDistrict(d(10, 1)).isAccepted()).isTrue();
    assertThat(creating.assessByDistrict(d(12, 31)).isAccepted()).isTrue();
    assertThat(refusal(creating.assessByDistrict(LocalDate.of(2027, 1, 1))).reason())
        .isEqualTo(RefusalReason.LATE);
  }

  @Test
  void report_on20October_accepted_on21October_late_TJ_C1() {
    assertThat(assessed().report(d(10, 20)).orElseThrow().stage())
        .isEqualTo(CandidacyStage.REPORTED);
    Refusal r = refusal(assessed().report(d(10, 21)));
    assertThat(r.reason()).isEqualTo(RefusalReason.LATE);
    assertThat(r.brokenLimit()).contains(d(10, 20));
    assertThat(r.current()).isEqualTo(CandidacyStage.ASSESSED_BY_DISTRICT);
    assertThat(r.text().en())
        .isEqualTo(
            "The report to the municipality on 2026-10-21 is late: the last day was 2026-10-20.");
    assertThat(r.text().zh()).isEqualTo("上报市级（2026-10-21）已逾期：截止日期为2026-10-20。");
  }

  @Test
  void report_beforeTheAssessment_refusedAsOutOfOrder() {
    Candidacy creating = filed().startCreation(d(2, 1)).orElseThrow();
    Refusal r = refusal(creating.report(d(10, 15)));
    assertThat(r.reason()).isEqualTo(RefusalReason.OUT_OF_ORDER);
    assertThat(r.brokenLimit()).isEmpty();
    assertThat(r.text().en()).contains("out of order", "creating");
    assertThat(r.text().zh()).contains("顺序", "创建中");
  }

  @Test
  void inspect_byYearEnd_accepted_afterIt_late() {
    Candidacy reported = assessed().report(d(10, 20)).orElseThrow();
    assertThat(reported.inspect(d(12, 31)).isAccepted()).isTrue();
    assertThat(refusal(reported.inspect(LocalDate.of(2027, 1, 1))).reason())
        .isEqualTo(RefusalReason.LATE);
    assertThat(refusal(reported.inspect(d(10, 19))).reason())
        .isEqualTo(RefusalReason.BEFORE_PREVIOUS_STEP);
  }

  @Test
  void award_afterInspection_makesANationalCandidate() {
    Candidacy awarded = inspected().award(d(11, 30)).orElseThrow();
    assertThat(awarded.stage()).isEqualTo(CandidacyStage.AWARDED);
    assertThat(awarded.isNationalCandidate()).isTrue();
    assertThat(awarded.history())
        .extracting(StageReached::stage)
        .containsExactly(
            CandidacyStage.FILED,
            CandidacyStage.CREATING,
            CandidacyStage.ASSESSED_BY_DISTRICT,
            CandidacyStage.REPORTED,
            CandidacyStage.INSPECTED,
            CandidacyStage.AWARDED);
    assertThat(awarded.dateOf(CandidacyStage.REPORTED)).contains(d(10, 20));
    assertThat(awarded.dateOf(CandidacyStage.NOT_PASSED)).isEmpty();
  }

  @Test
  void award_beforeInspection_refusedAsOutOfOrder() {
    assertThat(refusal(assessed().award(d(11, 1))).reason()).isEqualTo(RefusalReason.OUT_OF_ORDER);
  }

  @Test
  void notPass_afterAssessmentOrInspection_accepted_elsewhereRefused() {
    assertThat(assessed().notPass(d(10, 12)).orElseThrow().stage())
        .isEqualTo(CandidacyStage.NOT_PASSED);
    Candidacy failed = inspected().notPass(d(11, 20)).orElseThrow();
    assertThat(failed.stage()).isEqualTo(CandidacyStage.NOT_PASSED);
    assertThat(failed.isNationalCandidate()).isFalse();
    assertThat(refusal(filed().notPass(d(3, 1))).reason()).isEqualTo(RefusalReason.OUT_OF_ORDER);
  }

  @Test
  void finalStage_noStepFollows() {
    Candidacy awarded = inspected().award(d(11, 30)).orElseThrow();
    assertThat(CandidacyStage.AWARDED.isFinal()).isTrue();
    assertThat(CandidacyStage.REPORTED.isFinal()).isFalse();
    assertThat(refusal(awarded.notPass(d(12, 1))).reason()).isEqualTo(RefusalReason.OUT_OF_ORDER);
    assertThat(refusal(awarded.award(d(12, 1))).reason()).isEqualTo(RefusalReason.OUT_OF_ORDER);
  }

  @Test
  void step_isImmutable_theOriginalIsUnchanged() {
    Candidacy before = filed();
    Candidacy after = before.startCreation(d(3, 1)).orElseThrow();
    assertThat(before.stage()).isEqualTo(CandidacyStage.FILED);
    assertThat(before.history()).hasSize(1);
    assertThat(after.history()).hasSize(2);
    assertThat(before).isNotEqualTo(after);
    assertThat(filed()).isEqualTo(before).hasSameHashCodeAs(before);
  }

  @Test
  void orElseThrow_refused_throwsWithTheReason() {
    assertThatThrownBy(() -> assessed().report(d(10, 21)).orElseThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("late");
  }

  @Test
  void stageAndStepNames_bilingual() {
    for (CandidacyStage s : CandidacyStage.values()) {
      assertThat(s.title().zh()).isNotBlank();
      assertThat(s.title().en()).isNotBlank();
      assertThat(s.step().zh()).isNotBlank();
      assertThat(s.step().en()).isNotBlank();
    }
  }
}

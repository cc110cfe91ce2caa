package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.village;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.EightRights;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.InstrumentKind;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** TJ-V2: charters and covenants lawfully adopted (D-CH-3); contracts sound (D-CH-4). */
class ChartersTest {
  private static final LegalReview CLEAN = new LegalReview(true, List.of());

  private static Adoption assembly(
      int eligible, int present, @Nullable Integer households, int votesFor) {
    return new Adoption(
        AdoptionBody.VILLAGERS_ASSEMBLY,
        d(2024, 11, 5),
        eligible,
        present,
        households,
        votesFor,
        0,
        0);
  }

  private static Charter charter(
      Adoption adoption, PublicNotice notice, @Nullable LocalDate effective, LegalReview review) {
    return new Charter(
        "charter-2024",
        InstrumentKind.SELF_GOVERNANCE_CHARTER,
        effective,
        adoption,
        notice,
        EnumSet.allOf(EightRights.class),
        review);
  }

  private static Charter charter(Adoption adoption) {
    return charter(adoption, notice(12), d(2024, 11, 13), CLEAN);
  }

  /** Posted from 6 November to {@code lastDay} November 2024. */
  private static PublicNotice notice(int lastDay) {
    return new PublicNotice(d(2024, 11, 6), d(2024, 11, lastDay), 0);
  }

  private static CriterionResult v2(Instrument... instruments) {
    return v2(412, instruments);
  }

  private static CriterionResult v2(int households, Instrument... instruments) {
    Dossier d =
        TaiziDossier.builder(TaiziDossier.unit("120119105201", "台子村", households, 1180))
            .instruments(List.of(instruments))
            .build();
    return village(d, 2);
  }

  @Test
  void TJ_V2_taiziCharterCovenantAndContract_pass() {
    assertThat(village(TaiziDossier.taizi(), 2).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_quorumOfExactlyHalf_fails_D_CH_3() {
    CriterionResult r = v2(charter(assembly(1180, 590, null, 500)), TaiziDossier.contract());
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_quorumOfHalfPlusOne_passes_D_CH_3() {
    assertThat(v2(charter(assembly(1180, 591, null, 500)), TaiziDossier.contract()).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_householdsAtExactlyTwoThirds_pass_D_CH_3() {
    assertThat(v2(411, charter(assembly(1180, 590, 274, 500)), TaiziDossier.contract()).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_householdsJustUnderTwoThirds_fail_D_CH_3() {
    assertThat(v2(411, charter(assembly(1180, 590, 273, 500)), TaiziDossier.contract()).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_householdQuorumWithUnitHouseholdsUnknown_insufficient() {
    Dossier d =
        TaiziDossier.builder(
                new org.cunzhi.core.model.Unit(
                    org.cunzhi.core.model.DivisionCode.parse("120119105201"),
                    "台子村",
                    org.cunzhi.core.model.UnitKind.VILLAGE,
                    null,
                    null,
                    null,
                    null))
            .instruments(List.of(charter(assembly(1180, 590, 300, 500)), TaiziDossier.contract()))
            .build();
    assertThat(village(d, 2).outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V2_majorityOfExactlyHalf_fails() {
    assertThat(v2(charter(assembly(1180, 702, null, 351)), TaiziDossier.contract()).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_majorityOfHalfPlusOne_passes() {
    assertThat(v2(charter(assembly(1180, 702, null, 352)), TaiziDossier.contract()).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_noticeOf7DaysCountingBothEnds_passes_S_5() {
    Charter c = charter(assembly(1180, 702, null, 690), notice(12), d(2024, 11, 13), CLEAN);
    assertThat(v2(c, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_noticeOf6Days_fails_S_5() {
    Charter c = charter(assembly(1180, 702, null, 690), notice(11), d(2024, 11, 13), CLEAN);
    CriterionResult r = v2(c, TaiziDossier.contract());
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.parameters()).containsEntry("notice-days", "7");
  }

  @Test
  void TJ_V2_objectionUpheld_fails() {
    Charter c =
        charter(
            assembly(1180, 702, null, 690),
            new PublicNotice(d(2024, 11, 6), d(2024, 11, 12), 1),
            d(2024, 11, 13),
            CLEAN);
    assertThat(v2(c, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_effectiveOnTheLastNoticeDay_fails() {
    Charter c = charter(assembly(1180, 702, null, 690), notice(12), d(2024, 11, 12), CLEAN);
    assertThat(v2(c, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_notReviewed_fails() {
    Charter c =
        charter(
            assembly(1180, 702, null, 690),
            notice(12),
            d(2024, 11, 13),
            new LegalReview(false, List.of()));
    assertThat(v2(c, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_reviewFoundAConflict_fails_D_CH_2() {
    Charter c =
        charter(
            assembly(1180, 702, null, 690),
            notice(12),
            d(2024, 11, 13),
            new LegalReview(true, List.of("clause 7")));
    assertThat(v2(c, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_adoptedByRepresentativesAssembly_fails_D_CH_3() {
    Adoption reps =
        new Adoption(AdoptionBody.REPRESENTATIVES_ASSEMBLY, d(2024, 11, 5), 45, 40, null, 38, 1, 1);
    assertThat(v2(charter(reps), TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_noCharterInForceAtYearEnd_fails() {
    Charter notYet = charter(assembly(1180, 702, null, 690), notice(12), d(2026, 1, 1), CLEAN);
    assertThat(v2(notYet, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v2(TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_everyCharterInForceCounts_oneFlawedFails() {
    Charter good = charter(assembly(1180, 702, null, 690));
    Charter flawed =
        new Charter(
            "covenant-2024",
            InstrumentKind.FAMILY_PLANNING_COVENANT,
            d(2024, 11, 13),
            assembly(1180, 500, null, 400),
            notice(12),
            EnumSet.allOf(EightRights.class),
            CLEAN);
    assertThat(v2(good, flawed, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_contractsNotUsed_contractPartNotApplicable_criterionPasses() {
    Dossier d =
        TaiziDossier.taizi().toBuilder()
            .usesContractManagement(false)
            .instruments(List.of(charter(assembly(1180, 702, null, 690))))
            .build();
    assertThat(village(d, 2).outcome()).isEqualTo(Outcome.PASS);
  }

  // S-9: whether contracts are used is not said, but Taizi's contract in force is sound, so the
  // contract part holds either way and the instruments settle TJ-V2.
  @Test
  void TJ_V2_S_9_contractManagementUnsaid_soundContractInForce_passes() {
    Dossier d = TaiziDossier.taizi().toBuilder().without(Section.USES_CONTRACT_MANAGEMENT).build();
    CriterionResult r = village(d, 2);
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(Evaluations.text(r)).contains("usesContractManagement");
  }

  @Test
  void TJ_V2_S_9_contractManagementUnsaid_contractNotVoluntary_insufficient() {
    Contract c =
        new Contract(
            "contract-2025",
            InstrumentKind.FAMILY_PLANNING_CONTRACT,
            d(2025, 1, 1),
            412,
            398,
            false,
            5,
            4,
            new LegalReview(true, List.of()));
    Dossier d =
        TaiziDossier.taizi().toBuilder()
            .without(Section.USES_CONTRACT_MANAGEMENT)
            .instruments(List.of(charter(assembly(1180, 702, null, 690)), c))
            .build();
    CriterionResult r = village(d, 2);
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(Evaluations.text(r)).contains("usesContractManagement");
  }

  // S-9: a FAIL the data show beats the missing flag elsewhere in the criterion.
  @Test
  void TJ_V2_S_9_contractManagementUnsaid_charterWithoutQuorum_fails() {
    Dossier d =
        TaiziDossier.taizi().toBuilder()
            .without(Section.USES_CONTRACT_MANAGEMENT)
            .instruments(List.of(charter(assembly(1180, 590, null, 500))))
            .build();
    assertThat(village(d, 2).outcome()).isEqualTo(Outcome.FAIL);
  }

  // S-11: voted on 5 November; a posting from that day is in order, from the 4th it is not.
  @Test
  void TJ_V2_S_11_postedOnTheDayOfTheVote_passes_theDayBefore_fails() {
    Charter sameDay =
        charter(
            assembly(1180, 702, null, 690),
            new PublicNotice(d(2024, 11, 5), d(2024, 11, 12), 0),
            d(2024, 11, 13),
            CLEAN);
    assertThat(v2(sameDay, TaiziDossier.contract()).outcome()).isEqualTo(Outcome.PASS);
    Charter dayBefore =
        charter(
            assembly(1180, 702, null, 690),
            new PublicNotice(d(2024, 11, 4), d(2024, 11, 12), 0),
            d(2024, 11, 13),
            CLEAN);
    CriterionResult r = v2(dayBefore, TaiziDossier.contract());
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(Evaluations.text(r)).contains("2024-11-04", "2024-11-05", "先表决");
  }

  // S-11: Taizi has 1180 adults; nine tenths is 1062. 1061 eligible is noted, 1062 is not, 1063
  // is not; the quorum is still judged on the eligible recorded.
  @Test
  void TJ_V2_S_11_eligibleMoreThanATenthBelowAdults_isNoted_atTheTenthIsNot() {
    String note = "adoption.eligible-below-adults";
    CriterionResult below = v2(charter(assembly(1061, 600, null, 600)), TaiziDossier.contract());
    assertThat(below.outcome()).isEqualTo(Outcome.PASS);
    assertThat(below.reasons()).extracting(Reason::key).contains(note);
    assertThat(Evaluations.text(below)).contains("1061", "1180");
    for (int eligible : new int[] {1062, 1063}) {
      CriterionResult r = v2(charter(assembly(eligible, 600, null, 600)), TaiziDossier.contract());
      assertThat(r.reasons()).extracting(Reason::key).doesNotContain(note);
    }
  }

  @Test
  void TJ_V2_contractsUsedButNoneInForce_fails() {
    assertThat(v2(charter(assembly(1180, 702, null, 690))).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_contractNotVoluntary_fails_D_CH_4() {
    Contract c =
        new Contract(
            "contract-2025",
            InstrumentKind.FAMILY_PLANNING_CONTRACT,
            d(2025, 1, 1),
            412,
            398,
            false,
            5,
            4,
            CLEAN);
    assertThat(v2(charter(assembly(1180, 702, null, 690)), c).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_contractWithoutCommitteeObligation_fails_oneEachPasses_D_CH_4() {
    Contract oneSided =
        new Contract(
            "contract-2025",
            InstrumentKind.FAMILY_PLANNING_CONTRACT,
            d(2025, 1, 1),
            412,
            398,
            true,
            5,
            0,
            CLEAN);
    Contract mutual =
        new Contract(
            "contract-2025",
            InstrumentKind.FAMILY_PLANNING_CONTRACT,
            d(2025, 1, 1),
            412,
            398,
            true,
            1,
            1,
            CLEAN);
    Charter c = charter(assembly(1180, 702, null, 690));
    assertThat(v2(c, oneSided).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v2(c, mutual).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V2_contractReviewConflict_fails() {
    Contract c =
        new Contract(
            "contract-2025",
            InstrumentKind.FAMILY_PLANNING_CONTRACT,
            d(2025, 1, 1),
            412,
            398,
            true,
            5,
            4,
            new LegalReview(true, List.of("fine clause")));
    assertThat(v2(charter(assembly(1180, 702, null, 690)), c).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V2_reasonsCiteTheOrganicLawWithItsVersion() {
    assertThat(Evaluations.text(village(TaiziDossier.taizi(), 2)))
        .contains("村民委员会组织法》（2018年修正）第二十二条")
        .contains("Organic Law of Villagers' Committees (2018 text): art. 22");
  }
}

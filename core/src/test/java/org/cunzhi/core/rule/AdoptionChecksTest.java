package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
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
import org.cunzhi.core.model.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** D-CH-3, D-CH-4, TJ-V2. */
class AdoptionChecksTest {
  private static final Check ASSEMBLY_ONLY =
      Checks.lawfullyAdopted(
          EnumSet.of(AdoptionBody.VILLAGERS_ASSEMBLY), TestParameters.NOTICE_DAYS);
  private static final Check EITHER_BODY =
      Checks.lawfullyAdopted(EnumSet.allOf(AdoptionBody.class), TestParameters.NOTICE_DAYS);

  private static final LocalDate VOTE = LocalDate.of(2024, 11, 5);
  private static final PublicNotice SEVEN_DAYS =
      new PublicNotice(LocalDate.of(2024, 11, 6), LocalDate.of(2024, 11, 12), 0);
  private static final LocalDate AFTER = LocalDate.of(2024, 11, 13);
  private static final LegalReview CLEAN = new LegalReview(true, List.of());

  private static Charter charter(
      Adoption adoption, PublicNotice notice, LocalDate effective, LegalReview review) {
    return new Charter(
        "covenant-2024",
        InstrumentKind.FAMILY_PLANNING_COVENANT,
        effective,
        adoption,
        notice,
        EnumSet.allOf(EightRights.class),
        review);
  }

  private static Adoption assembly(
      int eligible, int present, @Nullable Integer households, int votesFor) {
    return new Adoption(
        AdoptionBody.VILLAGERS_ASSEMBLY, VOTE, eligible, present, households, votesFor, 0, 0);
  }

  private static Adoption representatives(int members, int present, int votesFor) {
    return new Adoption(
        AdoptionBody.REPRESENTATIVES_ASSEMBLY, VOTE, members, present, null, votesFor, 0, 0);
  }

  private static Dossier with(Instrument... instruments) {
    return Dossiers.complete().toBuilder().instruments(List.of(instruments)).build();
  }

  private static CheckResult adopted(Adoption a) {
    return TestContext.checked(
        ASSEMBLY_ONLY, TestContext.of(with(charter(a, SEVEN_DAYS, AFTER, CLEAN))));
  }

  @Test
  void lawfullyAdopted_completeDossier_passesNamingTheInstrument() {
    CheckResult r = TestContext.checked(ASSEMBLY_ONLY, TestContext.of(Dossiers.complete()));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons()).allSatisfy(x -> assertThat(x.text().zh()).startsWith("charter-2024"));
    assertThat(r.reasons().get(0).text().zh()).contains("1180", "702");
  }

  @Test
  void quorum_justMoreThanHalfPresent_passes_exactlyHalf_fails() {
    assertThat(adopted(assembly(1000, 501, null, 501)).outcome()).isEqualTo(Outcome.PASS);
    CheckResult half = adopted(assembly(1000, 500, null, 500));
    assertThat(half.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(half.reasons().get(0).key()).isEqualTo("adoption.quorum.not-met");
    assertThat(half.remedies().get(0).kind()).isEqualTo(Remedy.Kind.ADD_EVENT);
  }

  @Test
  void quorum_twoThirdsOfHouseholdsRepresented_passes_oneFewer_fails() {
    // the unit has 412 households: two-thirds is 274.67, so 275 represented suffice
    assertThat(adopted(assembly(1180, 300, 275, 200)).outcome()).isEqualTo(Outcome.PASS);
    CheckResult r = adopted(assembly(1180, 300, 274, 200));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).key()).isEqualTo("adoption.quorum.not-met-households");
  }

  @Test
  void quorum_householdsRepresentedButUnitHouseholdsUnknown_isInsufficient() {
    Unit noHouseholds =
        new Unit(Dossiers.UNIT.code(), "台子村", Dossiers.UNIT.kind(), null, null, null, null);
    Dossier d =
        with(charter(assembly(1180, 300, 300, 200), SEVEN_DAYS, AFTER, CLEAN)).toBuilder()
            .unit(noHouseholds)
            .build();
    CheckResult r = TestContext.checked(ASSEMBLY_ONLY, TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .extracting(Remedy::kind)
        .isEqualTo(Remedy.Kind.SUPPLY_DATA);
  }

  @Test
  void majority_moreThanHalfOfPresent_passes_exactlyHalf_fails() {
    assertThat(adopted(assembly(1000, 600, null, 301)).outcome()).isEqualTo(Outcome.PASS);
    CheckResult r = adopted(assembly(1000, 600, null, 300));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).extracting(Reason::key).contains("adoption.majority-not-met");
  }

  @Test
  void representatives_twoThirdsPresent_passes_oneFewer_fails_whenAllowed() {
    Charter ok = charter(representatives(30, 20, 11), SEVEN_DAYS, AFTER, CLEAN);
    assertThat(TestContext.checked(EITHER_BODY, TestContext.of(with(ok))).outcome())
        .isEqualTo(Outcome.PASS);
    Charter thin = charter(representatives(30, 19, 11), SEVEN_DAYS, AFTER, CLEAN);
    assertThat(TestContext.checked(EITHER_BODY, TestContext.of(with(thin))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void representatives_notAllowedBody_fails() {
    Charter ok = charter(representatives(30, 30, 30), SEVEN_DAYS, AFTER, CLEAN);
    CheckResult r = TestContext.checked(ASSEMBLY_ONLY, TestContext.of(with(ok)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).key()).isEqualTo("adoption.body-not-allowed");
  }

  @Test
  void notice_sevenDaysCountingBothEnds_passes_six_fails() {
    Adoption a = assembly(1000, 600, null, 600);
    assertThat(adopted(a).outcome()).isEqualTo(Outcome.PASS);
    PublicNotice six = new PublicNotice(LocalDate.of(2024, 11, 6), LocalDate.of(2024, 11, 11), 0);
    CheckResult r =
        TestContext.checked(ASSEMBLY_ONLY, TestContext.of(with(charter(a, six, AFTER, CLEAN))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).extracting(Reason::key).contains("adoption.notice-short");
  }

  @Test
  void notice_parameterTen_failsSevenDaysAndIsRecorded() {
    TestContext context =
        TestContext.of(
            Dossiers.complete(), ParameterValues.none().with(TestParameters.NOTICE_DAYS, 10));
    assertThat(TestContext.checked(ASSEMBLY_ONLY, context).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(context.read).containsEntry("notice-days", "10");
  }

  @Test
  void notice_objectionUpheld_fails() {
    PublicNotice objected = new PublicNotice(SEVEN_DAYS.from(), SEVEN_DAYS.to(), 1);
    CheckResult r =
        TestContext.checked(
            ASSEMBLY_ONLY,
            TestContext.of(with(charter(assembly(1000, 600, null, 600), objected, AFTER, CLEAN))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).extracting(Reason::key).contains("adoption.objections");
  }

  @Test
  void effective_S_11_onTheLastDayOfPosting_fails_dayAfter_passes() {
    Adoption a = assembly(1000, 600, null, 600);
    CheckResult early =
        TestContext.checked(
            ASSEMBLY_ONLY, TestContext.of(with(charter(a, SEVEN_DAYS, SEVEN_DAYS.to(), CLEAN))));
    assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(early.reasons()).extracting(Reason::key).contains("adoption.effective-early");
    assertThat(
            ASSEMBLY_ONLY
                .check(TestContext.of(with(charter(a, SEVEN_DAYS, AFTER, CLEAN))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  // S-11: voted, then posted, then effective. A posting that starts on the day of the vote is in
  // order; one that starts the day before is not, however long it lasts.
  @Test
  void order_S_11_postingFromTheDayOfTheVote_passes_fromTheDayBefore_fails() {
    Adoption a = assembly(1000, 600, null, 600);
    PublicNotice sameDay = new PublicNotice(VOTE, VOTE.plusDays(6), 0);
    CheckResult inOrder =
        TestContext.checked(
            ASSEMBLY_ONLY, TestContext.of(with(charter(a, sameDay, VOTE.plusDays(7), CLEAN))));
    assertThat(inOrder.outcome()).isEqualTo(Outcome.PASS);
    assertThat(inOrder.reasons())
        .extracting(Reason::key)
        .doesNotContain("adoption.notice-before-vote");

    PublicNotice dayBefore = new PublicNotice(VOTE.minusDays(1), VOTE.plusDays(6), 0);
    CheckResult early =
        TestContext.checked(
            ASSEMBLY_ONLY, TestContext.of(with(charter(a, dayBefore, VOTE.plusDays(7), CLEAN))));
    assertThat(early.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(early.reasons()).extracting(Reason::key).contains("adoption.notice-before-vote");
    assertThat(early.remedies()).extracting(Remedy::kind).contains(Remedy.Kind.ADD_EVENT);
  }

  /** An assembly adoption of {@code eligible} in a unit of {@code adults} residents aged 18+. */
  private static CheckResult adoptedAmong(int adults, Adoption a) {
    Unit unit =
        new Unit(Dossiers.UNIT.code(), "台子村", Dossiers.UNIT.kind(), null, null, 412, adults);
    Dossier d = with(charter(a, SEVEN_DAYS, AFTER, CLEAN)).toBuilder().unit(unit).build();
    return TestContext.checked(EITHER_BODY, TestContext.of(d));
  }

  private static List<String> keys(CheckResult r) {
    return r.reasons().stream().map(Reason::key).toList();
  }

  // S-11: noted when eligible is more than a tenth below adultResidents: eligible × 10 <
  // adultResidents × 9. 900 of 1000 is exactly a tenth below, so not noted.
  @Test
  void eligible_S_11_exactlyATenthBelowAdults_notNoted_oneFewer_noted_oneMore_notNoted() {
    assertThat(keys(adoptedAmong(1000, assembly(900, 600, null, 600))))
        .doesNotContain("adoption.eligible-below-adults");
    assertThat(keys(adoptedAmong(1000, assembly(899, 600, null, 600))))
        .contains("adoption.eligible-below-adults");
    assertThat(keys(adoptedAmong(1000, assembly(901, 600, null, 600))))
        .doesNotContain("adoption.eligible-below-adults");
  }

  @Test
  void eligible_S_11_exactArithmetic_atTheTenthOfAnOddElectorate() {
    // 9/10 of 1181 is 1062.9: 1063 is less than a tenth below, 1062 more than a tenth below
    assertThat(keys(adoptedAmong(1181, assembly(1063, 600, null, 600))))
        .doesNotContain("adoption.eligible-below-adults");
    assertThat(keys(adoptedAmong(1181, assembly(1062, 600, null, 600))))
        .contains("adoption.eligible-below-adults");
  }

  // S-11: the quorum is still judged on `eligible` as recorded: 450 of 899 is more than half,
  // though not of the 1000 adults. The note changes no outcome.
  @Test
  void eligible_S_11_quorumStillJudgedOnEligible_passesWithTheNote() {
    CheckResult r = adoptedAmong(1000, assembly(899, 450, null, 450));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(keys(r)).contains("adoption.quorum.people", "adoption.eligible-below-adults");
    Reason note =
        r.reasons().stream()
            .filter(x -> x.key().equals("adoption.eligible-below-adults"))
            .findFirst()
            .orElseThrow();
    assertThat(note.text().en()).contains("899", "1000");
    assertThat(note.text().zh()).contains("899", "1000");
  }

  @Test
  void eligible_S_11_representativesAssemblyOrAdultsUnknown_notNoted() {
    assertThat(keys(adoptedAmong(1000, representatives(30, 30, 30))))
        .doesNotContain("adoption.eligible-below-adults");
    Unit unknown =
        new Unit(Dossiers.UNIT.code(), "台子村", Dossiers.UNIT.kind(), null, null, 412, null);
    Dossier d =
        with(charter(assembly(500, 300, null, 300), SEVEN_DAYS, AFTER, CLEAN)).toBuilder()
            .unit(unknown)
            .build();
    assertThat(keys(TestContext.checked(ASSEMBLY_ONLY, TestContext.of(d))))
        .doesNotContain("adoption.eligible-below-adults");
  }

  @Test
  void review_missingOrConflicting_failsWithCorrectRecord() {
    Adoption a = assembly(1000, 600, null, 600);
    CheckResult missing =
        TestContext.checked(
            ASSEMBLY_ONLY,
            TestContext.of(with(charter(a, SEVEN_DAYS, AFTER, new LegalReview(false, List.of())))));
    assertThat(missing.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missing.remedies())
        .singleElement()
        .extracting(Remedy::kind)
        .isEqualTo(Remedy.Kind.CORRECT_RECORD);
    CheckResult conflict =
        TestContext.checked(
            ASSEMBLY_ONLY,
            TestContext.of(
                with(charter(a, SEVEN_DAYS, AFTER, new LegalReview(true, List.of("第七条 罚款条款"))))));
    assertThat(conflict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(conflict.reasons()).extracting(Reason::key).contains("review.conflict");
    assertThat(conflict.reasons())
        .allSatisfy(x -> assertThat(x.text().zh()).doesNotContain("罚款条款"));
  }

  @Test
  void noneInForceAtYearEnd_fails() {
    Charter nextYear =
        charter(assembly(1000, 600, null, 600), SEVEN_DAYS, LocalDate.of(2026, 1, 1), CLEAN);
    CheckResult r = TestContext.checked(ASSEMBLY_ONLY, TestContext.of(with(nextYear)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).key()).isEqualTo("adoption.none-in-force");
    CheckResult none = TestContext.checked(ASSEMBLY_ONLY, TestContext.of(with()));
    assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void oneGoodOneBad_fails() {
    Charter bad = charter(assembly(1000, 400, null, 400), SEVEN_DAYS, AFTER, CLEAN);
    CheckResult r =
        TestContext.checked(
            ASSEMBLY_ONLY, TestContext.of(with(Dossiers.charter("charter-2024"), bad)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void instrumentsAbsent_isInsufficient() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.INSTRUMENTS).build();
    assertThat(TestContext.checked(ASSEMBLY_ONLY, TestContext.of(d)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  private static Contract contract(boolean voluntary, int villager, int committee) {
    return new Contract(
        "contract-2025",
        InstrumentKind.FAMILY_PLANNING_CONTRACT,
        LocalDate.of(2025, 1, 1),
        412,
        398,
        voluntary,
        villager,
        committee,
        CLEAN);
  }

  @Test
  void contractsSound_soundContract_passes() {
    assertThat(
            TestContext.checked(Checks.contractsSound(), TestContext.of(Dossiers.complete()))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void contractsSound_notUsed_isNotApplicable() {
    Dossier notUsed = Dossiers.complete().toBuilder().usesContractManagement(false).build();
    assertThat(TestContext.checked(Checks.contractsSound(), TestContext.of(notUsed)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  // S-9: usesContractManagement absent, yet the contracts in force are sound: the part holds
  // whether or not contracts are used, so the instruments settle it.
  @Test
  void contractsSound_S_9_useNotSaidButEveryContractInForceSound_passes() {
    Dossier unsaid = Dossiers.complete().toBuilder().usesContractManagement(null).build();
    CheckResult r = TestContext.checked(Checks.contractsSound(), TestContext.of(unsaid));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons()).extracting(Reason::key).contains("contract.use-unknown.sound");
  }

  // S-9: ... but a contract that is not sound fails only if contracts are used: open.
  @Test
  void contractsSound_S_9_useNotSaidAndAContractNotSound_isInsufficientAskingWhetherUsed() {
    Dossier d =
        with(Dossiers.charter("c"), contract(false, 5, 4)).toBuilder()
            .usesContractManagement(null)
            .build();
    CheckResult r = TestContext.checked(Checks.contractsSound(), TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons())
        .extracting(Reason::key)
        .contains("contract.not-voluntary", "contract.use-unknown.open", "requires.missing");
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.SUPPLY_DATA);
              assertThat(x.subject()).isEqualTo("usesContractManagement");
            });
  }

  // S-9: ... and no contract in force is a failure only if contracts are used: open.
  @Test
  void contractsSound_S_9_useNotSaidAndNoContractInForce_isInsufficient() {
    Dossier d = with(Dossiers.charter("c")).toBuilder().usesContractManagement(null).build();
    CheckResult r = TestContext.checked(Checks.contractsSound(), TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons()).extracting(Reason::key).contains("contract.use-unknown.none");
  }

  @Test
  void contractsSound_neitherUseNorInstrumentsGiven_isInsufficientNamingBoth() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .usesContractManagement(null)
            .without(Section.INSTRUMENTS)
            .build();
    CheckResult r = TestContext.checked(Checks.contractsSound(), TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .extracting(Remedy::subject)
        .containsExactly("usesContractManagement", "instruments");
  }

  @Test
  void contractsSound_notVoluntaryOrOneSided_fails() {
    assertThat(
            Checks.contractsSound()
                .check(TestContext.of(with(Dossiers.charter("c"), contract(false, 5, 4))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(
            Checks.contractsSound()
                .check(TestContext.of(with(Dossiers.charter("c"), contract(true, 5, 0))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(
            Checks.contractsSound()
                .check(TestContext.of(with(Dossiers.charter("c"), contract(true, 1, 1))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void contractsSound_usedButNoneInForce_fails() {
    CheckResult r =
        TestContext.checked(Checks.contractsSound(), TestContext.of(with(Dossiers.charter("c"))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).key()).isEqualTo("contract.none");
  }
}

package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.junit.jupiter.api.Test;

/** Core's checks describe what they read, and their combinations the sum of their parts. */
class RequirementsTest {
  private static final LegalReference SOURCE = LegalReference.of("测试文件", "2025", "item 1");

  private static Parameter<Integer> days(String key) {
    return new Parameter<>(
        key, ParameterType.POSITIVE_INTEGER, 3, "days", SOURCE, LocalizedText.of("天数", "days"));
  }

  private static final Parameter<Integer> WINDOW = days("window");
  private static final Parameter<Integer> WEEKS = days("weeks");
  private static final Parameter<Integer> COMPLAINT = days("complaint");
  private static final Parameter<Integer> NOTICE = days("notice");
  private static final Parameter<Threshold> RATE =
      new Parameter<>(
          "rate",
          ParameterType.THRESHOLD,
          Threshold.atLeastPercent(90),
          "%",
          SOURCE,
          LocalizedText.of("比率", "rate"));
  private static final Parameter<Cadence> CADENCE =
      new Parameter<>(
          "cadence",
          ParameterType.CADENCE,
          Cadence.QUARTERLY,
          "",
          SOURCE,
          LocalizedText.of("频次", "cadence"));

  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  private static final Check LAMBDA = c -> CheckResult.pass(WHY);

  private static Set<Section> sections(Section... s) {
    return EnumSet.copyOf(List.of(s));
  }

  private static List<String> keys(Requirements r) {
    return r.parameters().stream().map(Parameter::key).toList();
  }

  @Test
  void lambda_describesNothing_andIsIncomplete() {
    assertThat(LAMBDA.requirements()).isEqualTo(Requirements.unknown());
    assertThat(LAMBDA.requirements().isComplete()).isFalse();
    assertThat(Requirements.none().isComplete()).isTrue();
  }

  @Test
  void requires_needsEachSection_andKeepsWhatItsCheckSays() {
    Requirements r =
        Checks.requires(
                List.of(Section.MEETINGS, Section.ACTIVITIES),
                Checks.zero("privacy-breaches", Section.PRIVACY_BREACHES, d -> 0))
            .requirements();

    assertThat(r.sections())
        .containsExactly(Section.ACTIVITIES, Section.MEETINGS, Section.PRIVACY_BREACHES);
    assertThat(r.needs())
        .containsExactlyInAnyOrder(
            Set.of(Section.ACTIVITIES), Set.of(Section.MEETINGS), Set.of(Section.PRIVACY_BREACHES));
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void requires_aroundALambda_needsTheSectionButIsIncomplete() {
    Requirements r = Checks.requires(Section.APPRAISALS, LAMBDA).requirements();

    assertThat(r.sections()).containsExactly(Section.APPRAISALS);
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void inEachPeriod_twoSections_needsOnlyBothTogether_S_9() {
    Requirements r =
        Checks.inEachPeriod("work", CADENCE, d -> List.of(), Section.MEETINGS, Section.ACTIVITIES)
            .requirements();

    assertThat(r.sections()).containsExactly(Section.ACTIVITIES, Section.MEETINGS);
    assertThat(r.needs()).containsExactly(Set.of(Section.ACTIVITIES, Section.MEETINGS));
    assertThat(keys(r)).containsExactly("cadence");
  }

  @Test
  void inEachPeriod_noSections_isIncomplete() {
    assertThat(
            Checks.inEachPeriod("work", Cadence.MONTHLY, d -> List.of())
                .requirements()
                .isComplete())
        .isFalse();
  }

  @Test
  void allOf_neededOnItsOwnAndAsAnAlternative_needsItOnItsOwn() {
    Requirements r =
        Checks.requires(
                List.of(Section.MEETINGS, Section.ACTIVITIES),
                Checks.inEachPeriod(
                    "work",
                    Cadence.QUARTERLY,
                    d -> List.of(),
                    Section.MEETINGS,
                    Section.ACTIVITIES))
            .requirements();

    assertThat(r.needs())
        .containsExactlyInAnyOrder(Set.of(Section.MEETINGS), Set.of(Section.ACTIVITIES));
  }

  @Test
  void rates_needYearsAndReadThresholdAndWindow() {
    Requirements each =
        Checks.rateInEachYear("contraceptive-rate", y -> Rate.of(1, 1), RATE, WINDOW)
            .requirements();
    Requirements assessmentYear =
        Checks.rateInAssessmentYear("awareness-rate", y -> Optional.empty(), RATE).requirements();

    assertThat(each.needs()).containsExactly(Set.of(Section.YEARS));
    assertThat(keys(each)).containsExactlyInAnyOrder("rate", "window");
    assertThat(each.isComplete()).isTrue();
    assertThat(assessmentYear.needs()).containsExactly(Set.of(Section.YEARS));
    assertThat(keys(assessmentYear)).containsExactly("rate");
  }

  @Test
  void rateOf_readsTheThreshold_fromSectionsItCannotTell() {
    Requirements r = Checks.rateOf("satisfaction-rate", d -> Optional.empty(), RATE).requirements();

    assertThat(keys(r)).containsExactly("rate");
    assertThat(r.sections()).isEmpty();
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void counts_needTheirSection_andAParameterMinimum() {
    assertThat(Checks.noPrivacyBreaches().requirements().needs())
        .containsExactly(Set.of(Section.PRIVACY_BREACHES));
    assertThat(Checks.noUnlawfulFeesOrFines().requirements().sections())
        .containsExactly(Section.UNLAWFUL_FEES_OR_FINES);
    Requirements atLeast =
        Checks.atLeast("appraisals", Section.APPRAISALS, d -> 1, COMPLAINT).requirements();
    assertThat(atLeast.needs()).containsExactly(Set.of(Section.APPRAISALS));
    assertThat(keys(atLeast)).containsExactly("complaint");
  }

  @Test
  void sharedChecks_needTheirSectionsAndReadTheirParameters() {
    Requirements incidents =
        Checks.noIncidents(WINDOW, WEEKS, IncidentKind.INDUCED_ABORTION).requirements();
    Requirements petitions =
        Checks.noIncidents(WINDOW, IncidentKind.COLLECTIVE_PETITION).requirements();
    Requirements complaints = Checks.complaintsHandled(COMPLAINT).requirements();
    Requirements adopted =
        Checks.lawfullyAdopted(EnumSet.of(AdoptionBody.VILLAGERS_ASSEMBLY), NOTICE).requirements();
    Requirements contracts = Checks.contractsSound().requirements();

    assertThat(incidents.needs()).containsExactly(Set.of(Section.INCIDENTS));
    assertThat(keys(incidents)).containsExactly("window", "weeks");
    assertThat(keys(petitions)).containsExactly("window");
    assertThat(complaints.needs()).containsExactly(Set.of(Section.COMPLAINTS));
    assertThat(keys(complaints)).containsExactly("complaint");
    assertThat(adopted.needs()).containsExactly(Set.of(Section.INSTRUMENTS));
    assertThat(keys(adopted)).containsExactly("notice");
    assertThat(contracts.sections())
        .containsExactly(Section.USES_CONTRACT_MANAGEMENT, Section.INSTRUMENTS);
    assertThat(Checks.inspectorFinding().requirements().needs())
        .containsExactly(Set.of(Section.INSPECTION));
    assertThat(List.of(incidents, petitions, complaints, adopted, contracts))
        .allSatisfy(r -> assertThat(r.isComplete()).isTrue())
        .noneSatisfy(r -> assertThat(r.carriesVeto()).isTrue());
  }

  @Test
  void veto_marksTheVeto_andAllOfCarriesIt() {
    Check v9 =
        Checks.allOf(
            Checks.rateInEachYear("contraceptive-rate", y -> Rate.of(1, 1), RATE, WINDOW),
            Checks.veto(Checks.noIncidents(WINDOW, WEEKS, IncidentKind.INDUCED_ABORTION)));

    assertThat(v9.requirements().carriesVeto()).isTrue();
    assertThat(keys(v9.requirements())).containsExactly("rate", "window", "weeks");
    assertThat(v9.requirements().needs())
        .containsExactlyInAnyOrder(Set.of(Section.YEARS), Set.of(Section.INCIDENTS));
    assertThat(Checks.noPrivacyBreaches().requirements().carriesVeto()).isFalse();
  }

  @Test
  void anyOf_needsEverySectionItsPartsNeed_together() {
    Requirements r =
        Checks.anyOf(Checks.complaintsHandled(COMPLAINT), Checks.noPrivacyBreaches())
            .requirements();

    assertThat(r.needs()).containsExactly(Set.of(Section.COMPLAINTS, Section.PRIVACY_BREACHES));
    assertThat(keys(r)).containsExactly("complaint");
  }

  @Test
  void anyOf_aPartNeedingNothing_needsNothing() {
    Requirements r = Checks.anyOf(Checks.noPrivacyBreaches(), LAMBDA).requirements();

    assertThat(r.needs()).isEmpty();
    assertThat(r.sections()).containsExactly(Section.PRIVACY_BREACHES);
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void creditByParts_isTheSumOfItsParts() {
    Requirements r =
        Checks.creditByParts(Checks.noPrivacyBreaches(), Checks.complaintsHandled(COMPLAINT))
            .requirements();

    assertThat(r.sections()).isEqualTo(sections(Section.COMPLAINTS, Section.PRIVACY_BREACHES));
    assertThat(r.needs()).hasSize(2);
  }

  @Test
  void notApplicableWhen_keepsItsCheck_butItsConditionIsUnknown() {
    Requirements r =
        Checks.notApplicableWhen(c -> false, WHY, Checks.complaintsHandled(COMPLAINT))
            .requirements();

    assertThat(r.needs()).containsExactly(Set.of(Section.COMPLAINTS));
    assertThat(keys(r)).containsExactly("complaint");
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void withReason_keepsTheDescription_andAddsTheReason() {
    Check inner = Checks.complaintsHandled(COMPLAINT);
    Check explained = Checks.withReason(inner, WHY);

    assertThat(explained.requirements()).isEqualTo(inner.requirements());
    CheckResult r = TestContext.checked(explained, TestContext.of(Dossiers.complete()));
    assertThat(r.reasons()).last().isEqualTo(WHY);
    assertThat(r.outcome())
        .isEqualTo(TestContext.checked(inner, TestContext.of(Dossiers.complete())).outcome());
  }

  @Test
  void parameters_namedByTwoParts_appearOnce() {
    Requirements r =
        Checks.allOf(
                Checks.noIncidents(WINDOW, IncidentKind.COLLECTIVE_PETITION),
                Checks.rateInEachYear("contraceptive-rate", y -> Rate.of(1, 1), RATE, WINDOW))
            .requirements();

    assertThat(keys(r)).containsExactly("window", "rate");
  }

  @Test
  void needingAnyOf_readsEachButNeedsOnlyAll_andAnOwnNeedImpliesIt() {
    Requirements either = Requirements.none().needingAnyOf(Section.MEETINGS, Section.ACTIVITIES);

    assertThat(either.needs()).containsExactly(Set.of(Section.MEETINGS, Section.ACTIVITIES));
    assertThat(either.needing(Section.MEETINGS).needs()).containsExactly(Set.of(Section.MEETINGS));
    assertThat(Requirements.none().needingAnyOf(List.of())).isEqualTo(Requirements.none());
  }

  @Test
  void describedCheck_runsItsBody() {
    CheckResult r =
        Checks.veto(c -> CheckResult.fail(WHY)).check(TestContext.of(Dossiers.complete()));
    assertThat(r.vetoed()).isTrue();
  }
}

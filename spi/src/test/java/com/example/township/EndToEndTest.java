package com.example.township;

import static com.example.township.PilotStandards.PILOT_VILLAGE;
import static com.example.township.PilotStandards.REWARDS;
import static com.example.township.TownshipStandards.CONTRACEPTION;
import static com.example.township.TownshipStandards.DEMONSTRATION_VILLAGE;
import static com.example.township.TownshipStandards.FAMILIES;
import static com.example.township.TownshipStandards.FEES;
import static com.example.township.TownshipStandards.INTEGRITY_VILLAGE;
import static com.example.township.TownshipStandards.MODEL_VILLAGE;
import static com.example.township.TownshipStandards.PREFECTURE_VILLAGE;
import static com.example.township.TownshipStandards.PRIVACY;
import static com.example.township.TownshipStandards.SERVICES;
import static com.example.township.TownshipStandards.ZERO_TOLERANCE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.cunzhi.core.rule.Outcome.ERROR;
import static org.cunzhi.core.rule.Outcome.FAIL;
import static org.cunzhi.core.rule.Outcome.INSUFFICIENT_EVIDENCE;
import static org.cunzhi.core.rule.Outcome.NOT_APPLICABLE;
import static org.cunzhi.core.rule.Outcome.PASS;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.StandardDiff;
import org.cunzhi.core.standard.Tailoring;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.LoadProblem;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The standards engine end to end, as a plugin author and a host meet it: the township's standards,
 * written only against the SPI and core's checks, are found by {@link StandardRegistry#discover()},
 * joined to their bases by the registry, tailored with a properties file, and evaluated over
 * hand-built dossiers until every outcome and every verdict has appeared.
 */
class EndToEndTest {
  private static final StandardRegistry REGISTRY = StandardRegistry.discover();
  private static final Assessor ASSESSOR = Assessor.of(REGISTRY);

  private static final Unit VILLAGE =
      new Unit(
          DivisionCode.parse("120119105201"), "示例村", UnitKind.VILLAGE, "示例镇", "示例县", 420, 1100);

  /** The township's demonstration village standard, tailored to a 95% contraceptive rate. */
  private static final Standard STRICT =
      tailoring("strict-village.properties").applyTo(REGISTRY.get(DEMONSTRATION_VILLAGE));

  // ---------------------------------------------------------------- dossiers

  private static Tailoring tailoring(String name) {
    try (Reader reader =
        new InputStreamReader(
            requireNonNull(EndToEndTest.class.getResourceAsStream(name), name), UTF_8)) {
      return Tailoring.parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static YearStatistics year(int year, int users, int marriedWomen) {
    return new YearStatistics(
        year,
        new Population(1500, 1510),
        marriedWomen,
        users,
        new Births(12, 12, 6, 6),
        null,
        null);
  }

  private static List<Activity> serviceActivities(int year, int count) {
    List<Activity> activities = new ArrayList<>();
    for (int month = 1; month <= count; month++) {
      activities.add(
          new Activity(
              LocalDate.of(year, month, 10), ActivityKind.SERVICE, null, ActivityBody.COMMITTEE));
    }
    return activities;
  }

  /**
   * A dossier for 2025 that meets every township standard except for the contraceptive rate of
   * 2025, {@code users} of {@code marriedWomen}: exactly 95% in 2023 and 2024, no incident, no
   * family in difficulty, four service activities, three rewards owed and granted, no privacy
   * breach and no unlawful fee.
   */
  private static Dossier.Builder village(int users, int marriedWomen) {
    return Dossier.builder(VILLAGE, 2025)
        .years(List.of(year(2023, 95, 100), year(2024, 95, 100), year(2025, users, marriedWomen)))
        .incidents(List.of())
        .benefits(new Benefits(3, 3, 0, new DifficultFamilies(0, 0, 0)))
        .activities(serviceActivities(2025, 4))
        .privacyBreaches(0)
        .unlawfulFeesOrFines(0);
  }

  /** The dossier that meets the demonstration village standard at exactly its 90% threshold. */
  private static Dossier.Builder atNinetyPercent() {
    return village(900, 1000);
  }

  private static EvaluationResult evaluate(String standardId, Dossier.Builder dossier) {
    return ASSESSOR.assessAgainst(standardId, dossier.build());
  }

  private static EvaluationResult evaluateStrict(Dossier.Builder dossier) {
    return Evaluator.create().evaluate(STRICT, ModelValidator.get().requireValid(dossier.build()));
  }

  // ---------------------------------------------------------------- reading results

  private static Map<String, Outcome> outcomes(EvaluationResult result) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    result.criteria().forEach(c -> outcomes.put(c.id(), c.outcome()));
    return outcomes;
  }

  private static CriterionResult criterion(EvaluationResult result, String id) {
    return result.criterion(id).orElseThrow();
  }

  private static List<String> noteKeys(EvaluationResult result) {
    return result.notes().stream().map(Reason::key).toList();
  }

  private static List<String> reasonKeys(CriterionResult result) {
    return result.reasons().stream().map(Reason::key).toList();
  }

  private static List<String> ids(List<Criterion> criteria) {
    return criteria.stream().map(Criterion::id).toList();
  }

  // ---------------------------------------------------------------- discovery and extension

  @Test
  void discover_servicesFile_findsEachTownshipStandardWithItsProvider() {
    assertThat(REGISTRY.providerOf(DEMONSTRATION_VILLAGE))
        .contains(TownshipStandards.class.getName());
    assertThat(REGISTRY.providerOf(MODEL_VILLAGE)).contains(TownshipStandards.class.getName());
    assertThat(REGISTRY.providerOf(INTEGRITY_VILLAGE)).contains(TownshipStandards.class.getName());
    assertThat(REGISTRY.providerOf(PILOT_VILLAGE)).contains(PilotStandards.class.getName());
  }

  @Test
  void discover_extendingStandard_isJoinedToItsBase() {
    Standard base = REGISTRY.get(DEMONSTRATION_VILLAGE);
    Standard model = REGISTRY.get(MODEL_VILLAGE);
    Standard offered =
        new TownshipStandards()
            .standards(ProviderContext.current()).stream()
                .filter(s -> s.id().equals(MODEL_VILLAGE))
                .findFirst()
                .orElseThrow();

    assertThat(ids(model.allCriteria()))
        .containsExactly(CONTRACEPTION, ZERO_TOLERANCE, FAMILIES, SERVICES, PRIVACY);
    assertThat(ids(model.criteria())).containsExactly(PRIVACY);
    assertThat(model.isBaseMissing()).isFalse();
    assertThat(model.base().map(Standard::fingerprint)).contains(base.fingerprint());
    assertThat(model.parameter("service-activities")).isPresent();
    assertThat(offered.isBaseMissing()).isTrue();
    assertThat(model.fingerprint()).isNotEqualTo(offered.fingerprint());
  }

  @Test
  void discover_missingBase_keptWithoutItAndReportedNamingProviderAndBase() {
    Standard integrity = REGISTRY.get(INTEGRITY_VILLAGE);

    assertThat(integrity.isBaseMissing()).isTrue();
    assertThat(integrity.base()).isEmpty();
    assertThat(ids(integrity.allCriteria())).containsExactly(FEES);
    assertThat(REGISTRY.problems())
        .filteredOn(p -> p.providerClass().startsWith("com.example.township."))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(LoadProblem.Kind.BASE_MISSING);
              assertThat(p.providerClass()).isEqualTo(TownshipStandards.class.getName());
              assertThat(p.message())
                  .contains(INTEGRITY_VILLAGE, PREFECTURE_VILLAGE, "no provider offers it")
                  .endsWith("so it can never MEET");
            });
  }

  // ---------------------------------------------------------------- tailoring

  @Test
  void tailor_stricterRate_derivesAStandardOfItsOwn() {
    Standard base = REGISTRY.get(DEMONSTRATION_VILLAGE);

    assertThat(STRICT.id()).isEqualTo("example-township.strict-village");
    assertThat(STRICT.version()).isEqualTo("2025-1");
    assertThat(STRICT.title().en()).isEqualTo("Example Township demonstration village, stricter");
    assertThat(STRICT.title().zh()).isEqualTo("示例镇人口计生基层群众自治示范村标准（从严）");
    assertThat(STRICT.authority()).isEqualTo("示例镇人口和计划生育办公室");
    assertThat(STRICT.documentNumber()).isEqualTo(base.documentNumber());
    assertThat(STRICT.valueOf(TownshipStandards.CONTRACEPTIVE_RATE))
        .isEqualTo(Threshold.atLeastPercent(95));
    assertThat(base.valueOf(TownshipStandards.CONTRACEPTIVE_RATE))
        .isEqualTo(Threshold.atLeastPercent(90));
    assertThat(ids(STRICT.allCriteria())).isEqualTo(ids(base.allCriteria()));
    assertThat(STRICT.fingerprint()).startsWith("sha256:").isNotEqualTo(base.fingerprint());
    assertThat(StandardDiff.between(base, STRICT).valuesChanged())
        .containsExactly(new StandardDiff.Change("contraceptive-rate", ">= 90%", ">= 95%"));
  }

  @Test
  void tailor_sameFileTwice_givesTheSameFingerprint() {
    Standard again =
        tailoring("strict-village.properties").applyTo(REGISTRY.get(DEMONSTRATION_VILLAGE));

    assertThat(again.fingerprint()).isEqualTo(STRICT.fingerprint());
  }

  @Test
  void tailor_wrongTypeAndUnknownParameter_invalidInputNamingEachKey() {
    Tailoring broken = tailoring("broken-village.properties");
    Standard base = REGISTRY.get(DEMONSTRATION_VILLAGE);

    assertThatThrownBy(() -> broken.applyTo(base))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::pointer)
                  .containsExactly("/parameter.contraceptive-rate", "/parameter.visiting-days");
              assertThat(e.violations().get(0).message())
                  .contains("is invalid", "\"95\"", "\">= 90%\"");
              assertThat(e.violations().get(1).message())
                  .contains(
                      "is not a parameter of " + DEMONSTRATION_VILLAGE,
                      "contraceptive-rate",
                      "service-activities");
            });
  }

  // ---------------------------------------------------------------- evaluation

  @Test
  void evaluate_rateExactlyAtThreshold_meetsWithFamiliesNotApplicable() {
    EvaluationResult result = evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent());

    assertThat(outcomes(result))
        .containsExactly(
            entry(CONTRACEPTION, PASS),
            entry(ZERO_TOLERANCE, PASS),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, PASS));
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(result.vetoed()).isFalse();
    assertThat(noteKeys(result)).containsExactly("note.not-applicable");
    assertThat(reasonKeys(criterion(result, FAMILIES))).containsExactly("families.none");
    assertThat(criterion(result, CONTRACEPTION).parameters())
        .containsExactly(entry("contraceptive-rate", ">= 90%"), entry("window-years", "3"));
    assertThat(criterion(result, SERVICES).parameters())
        .containsExactly(entry("service-activities", "4"));
    assertThat(result.fingerprint()).isEqualTo(REGISTRY.get(DEMONSTRATION_VILLAGE).fingerprint());
  }

  @Test
  void evaluate_rateJustUnderThreshold_doesNotMeetWithTheExactGap() {
    EvaluationResult result = evaluate(DEMONSTRATION_VILLAGE, village(899, 1000));

    assertThat(outcomes(result))
        .containsExactly(
            entry(CONTRACEPTION, FAIL),
            entry(ZERO_TOLERANCE, PASS),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, PASS));
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(result.vetoed()).isFalse();
    assertThat(criterion(result, CONTRACEPTION).remedies())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
              assertThat(r.year()).isEqualTo(2025);
              assertThat(r.amount()).isEqualTo(1);
            });
  }

  @Test
  void evaluate_incidentOnFirstDayOfWindow_vetoFailsTheUnit() {
    Incident abandonment =
        new Incident(LocalDate.of(2023, 1, 1), IncidentKind.FEMALE_INFANT_ABANDONMENT, null, null);

    EvaluationResult result =
        evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().incidents(List.of(abandonment)));

    assertThat(outcomes(result))
        .containsExactly(
            entry(CONTRACEPTION, PASS),
            entry(ZERO_TOLERANCE, FAIL),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, PASS));
    assertThat(criterion(result, ZERO_TOLERANCE).vetoed()).isTrue();
    assertThat(result.vetoed()).isTrue();
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(noteKeys(result)).containsExactly("note.not-applicable", "note.vetoed");
  }

  @Test
  void evaluate_incidentOnLastDayBeforeWindow_meets() {
    Incident abandonment =
        new Incident(
            LocalDate.of(2022, 12, 31), IncidentKind.FEMALE_INFANT_ABANDONMENT, null, null);

    EvaluationResult result =
        evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().incidents(List.of(abandonment)));

    assertThat(criterion(result, ZERO_TOLERANCE).outcome()).isEqualTo(PASS);
    assertThat(result.vetoed()).isFalse();
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void evaluate_activitiesSectionAbsent_inconclusive() {
    EvaluationResult result =
        evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().without(Section.ACTIVITIES));

    assertThat(outcomes(result))
        .containsExactly(
            entry(CONTRACEPTION, PASS),
            entry(ZERO_TOLERANCE, PASS),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, INSUFFICIENT_EVIDENCE));
    assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(reasonKeys(criterion(result, SERVICES))).containsExactly("services.missing");
    assertThat(noteKeys(result)).containsExactly("note.insufficient", "note.not-applicable");
  }

  @Test
  void evaluate_oneServiceActivityShortInTheYear_failsWithARemedy() {
    List<Activity> activities = new ArrayList<>(serviceActivities(2025, 3));
    activities.addAll(serviceActivities(2024, 1));

    EvaluationResult result =
        evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().activities(activities));

    assertThat(criterion(result, SERVICES).outcome()).isEqualTo(FAIL);
    assertThat(reasonKeys(criterion(result, SERVICES))).containsExactly("services.too-few");
    assertThat(criterion(result, SERVICES).remedies())
        .singleElement()
        .satisfies(r -> assertThat(r.amount()).isEqualTo(1));
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @ParameterizedTest(name = "{0}/{1} in 2025: original {2}, tailored {3}")
  @CsvSource({
    "900, 1000, PASS, FAIL", // exactly 90%
    "899, 1000, FAIL, FAIL", // just under 90%
    "950, 1000, PASS, PASS", // exactly 95%
    "949, 1000, PASS, FAIL", // just under 95%
    "1899, 2000, PASS, FAIL" // 94.95%: no rounding up to 95%
  })
  void evaluate_rateAroundEachThreshold_exactArithmeticDecides(
      int users, int marriedWomen, Outcome original, Outcome tailored) {
    EvaluationResult before = evaluate(DEMONSTRATION_VILLAGE, village(users, marriedWomen));
    EvaluationResult after = evaluateStrict(village(users, marriedWomen));

    assertThat(criterion(before, CONTRACEPTION).outcome()).isEqualTo(original);
    assertThat(criterion(after, CONTRACEPTION).outcome()).isEqualTo(tailored);
    assertThat(before.verdict())
        .isEqualTo(original == PASS ? Verdict.MEETS : Verdict.DOES_NOT_MEET);
    assertThat(after.verdict()).isEqualTo(tailored == PASS ? Verdict.MEETS : Verdict.DOES_NOT_MEET);
  }

  @Test
  void evaluate_tailoredAtNinetyPercent_changesTheVerdict() {
    EvaluationResult original = evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent());
    EvaluationResult tailored = evaluateStrict(atNinetyPercent());

    assertThat(original.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(tailored.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(tailored.standardId()).isEqualTo("example-township.strict-village");
    assertThat(tailored.standardVersion()).isEqualTo("2025-1");
    assertThat(tailored.fingerprint()).isEqualTo(STRICT.fingerprint());
    assertThat(outcomes(tailored))
        .containsExactly(
            entry(CONTRACEPTION, FAIL),
            entry(ZERO_TOLERANCE, PASS),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, PASS));
    CriterionResult contraception = criterion(tailored, CONTRACEPTION);
    assertThat(contraception.parameters()).containsEntry("contraceptive-rate", ">= 95%");
    assertThat(contraception.remedies())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.year()).isEqualTo(2025);
              assertThat(r.amount()).isEqualTo(50);
            });
  }

  @Test
  void evaluate_extendingStandard_runsTheBaseCriteriaThenItsOwn() {
    EvaluationResult result = evaluate(MODEL_VILLAGE, atNinetyPercent());

    assertThat(outcomes(result))
        .containsExactly(
            entry(CONTRACEPTION, PASS),
            entry(ZERO_TOLERANCE, PASS),
            entry(FAMILIES, NOT_APPLICABLE),
            entry(SERVICES, PASS),
            entry(PRIVACY, PASS));
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void evaluate_extendingStandardWithBaseCriterionFailing_doesNotMeet() {
    EvaluationResult result = evaluate(MODEL_VILLAGE, village(899, 1000));

    assertThat(criterion(result, CONTRACEPTION).outcome()).isEqualTo(FAIL);
    assertThat(criterion(result, PRIVACY).outcome()).isEqualTo(PASS);
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void evaluate_missingBaseAndEveryOwnCriterionPasses_inconclusiveWithANote() {
    EvaluationResult result = evaluate(INTEGRITY_VILLAGE, atNinetyPercent());

    assertThat(outcomes(result)).containsExactly(entry(FEES, PASS));
    assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(noteKeys(result)).containsExactly("note.base-missing");
    assertThat(result.notes().get(0).text().en()).contains(PREFECTURE_VILLAGE);
    assertThat(result.notes().get(0).text().zh()).contains(PREFECTURE_VILLAGE);
  }

  @Test
  void evaluate_missingBaseAndOwnCriterionFails_doesNotMeet() {
    EvaluationResult result = evaluate(INTEGRITY_VILLAGE, atNinetyPercent().unlawfulFeesOrFines(2));

    assertThat(outcomes(result)).containsExactly(entry(FEES, FAIL));
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(noteKeys(result)).containsExactly("note.base-missing");
  }

  @Test
  void evaluate_checkThrows_errorNamingTheCheckClassOnly() {
    Benefits noneOwed = new Benefits(0, 0, 0, new DifficultFamilies(0, 0, 0));

    EvaluationResult result = evaluate(PILOT_VILLAGE, atNinetyPercent().benefits(noneOwed));

    assertThat(outcomes(result)).containsExactly(entry(REWARDS, ERROR));
    assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    CriterionResult rewards = criterion(result, REWARDS);
    assertThat(reasonKeys(rewards)).containsExactly("evaluation.error");
    assertThat(rewards.reasons().get(0).text().en())
        .contains(REWARDS, RewardShareCheck.class.getName(), ArithmeticException.class.getName())
        .doesNotContain("by zero");
    assertThat(rewards.remedies()).isEmpty();
    assertThat(noteKeys(result)).containsExactly("note.errors");
  }

  @Test
  void evaluate_brokenCheckOnDataItHandles_meets() {
    EvaluationResult result = evaluate(PILOT_VILLAGE, atNinetyPercent());

    assertThat(outcomes(result)).containsExactly(entry(REWARDS, PASS));
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void evaluate_theCasesAbove_showEveryOutcomeAndEveryVerdict() {
    Benefits noneOwed = new Benefits(0, 0, 0, new DifficultFamilies(0, 0, 0));
    Incident abandonment =
        new Incident(LocalDate.of(2024, 3, 1), IncidentKind.FEMALE_INFANT_ABANDONMENT, null, null);
    List<EvaluationResult> results =
        List.of(
            evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent()),
            evaluate(DEMONSTRATION_VILLAGE, village(899, 1000)),
            evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().incidents(List.of(abandonment))),
            evaluate(DEMONSTRATION_VILLAGE, atNinetyPercent().without(Section.ACTIVITIES)),
            evaluateStrict(atNinetyPercent()),
            evaluate(INTEGRITY_VILLAGE, atNinetyPercent()),
            evaluate(PILOT_VILLAGE, atNinetyPercent().benefits(noneOwed)));

    Set<Outcome> outcomes =
        results.stream()
            .flatMap(r -> r.criteria().stream())
            .map(CriterionResult::outcome)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
    Set<Verdict> verdicts =
        results.stream()
            .map(EvaluationResult::verdict)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
    assertThat(outcomes).isEqualTo(EnumSet.allOf(Outcome.class));
    assertThat(verdicts).isEqualTo(EnumSet.allOf(Verdict.class));
    assertThat(results)
        .filteredOn(r -> r.verdict() == Verdict.DOES_NOT_MEET)
        .extracting(EvaluationResult::vetoed)
        .containsExactly(false, true, false);
  }
}

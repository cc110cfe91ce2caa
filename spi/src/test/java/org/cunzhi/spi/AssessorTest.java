package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Basis;
import org.cunzhi.core.evaluation.StandardChoice.Role;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final Assessor ASSESSOR = Assessor.discover();
  private static final String INTEGRITY = "example-county.integrity-village";

  private static Dossier dossier(Unit unit, int participants) {
    return Dossier.builder(unit, 2025)
        .appraisals(List.of(new Appraisal(LocalDate.of(2025, 6, 1), participants, true)))
        .build();
  }

  /** A dossier whose statistics break the model's rules: more users than married women. */
  private static Dossier invalid() {
    return dossier(TestStandards.TAIZI, 20).toBuilder()
        .years(
            List.of(
                new YearStatistics(
                    2025,
                    new Population(1500, 1510),
                    100,
                    200,
                    new Births(1, 1, 1, 0),
                    null,
                    null)))
        .build();
  }

  private static StandardChoice choice(EvaluationResult r) {
    return java.util.Objects.requireNonNull(r.choice(), "an assessor's result records its choice");
  }

  private static List<String> noteKeys(EvaluationResult r) {
    return r.notes().stream().map(Reason::key).toList();
  }

  @Test
  void assessAgainst_byId_usesThatStandardAndSaysItWasNamed() {
    EvaluationResult result = ASSESSOR.assessAgainst(INTEGRITY, dossier(TestStandards.TAIZI, 20));

    assertThat(result.standardId()).isEqualTo(INTEGRITY);
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
    StandardChoice choice = choice(result);
    assertThat(choice.named()).isTrue();
    assertThat(choice.appliesToUnit()).isTrue();
    assertThat(choice.self().map(StandardChoice.Candidate::role)).contains(Role.CHOSEN);
    assertThat(noteKeys(result)).noneMatch(k -> k.startsWith("note.outside-scope"));
  }

  @Test
  void assessAgainst_unknownId_throws() {
    assertThatThrownBy(
            () ->
                ASSESSOR.assessAgainst("example-county.nothing", dossier(TestStandards.TAIZI, 20)))
        .isInstanceOf(UnknownStandardException.class)
        .hasMessageContaining(INTEGRITY);
  }

  @Test
  void assessAgainst_codeOutsideItsPrefixes_evaluatedWithANoteFirst_S_8() {
    Unit elsewhere = Unit.of(DivisionCode.parse("120101001001"), "别村", UnitKind.VILLAGE);

    EvaluationResult result = ASSESSOR.assessAgainst(INTEGRITY, dossier(elsewhere, 20));

    assertThat(result.standardId()).isEqualTo(INTEGRITY);
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
    StandardChoice choice = choice(result);
    assertThat(choice.appliesToUnit()).isFalse();
    assertThat(choice.outsideScope())
        .extracting(Reason::key)
        .containsExactly("note.outside-scope.code");
    assertThat(noteKeys(result).get(0)).isEqualTo("note.outside-scope.code");
    assertThat(result.notes().get(0).text().en())
        .contains(INTEGRITY, "120101001001", "120119")
        .endsWith(".");
    assertThat(choice.candidates()).isEmpty();
  }

  @Test
  void assessAgainst_otherKindAndYearBeforeItsDates_oneNoteEach_S_8() {
    Unit community = Unit.of(DivisionCode.parse("120119105001"), "示例社区", UnitKind.COMMUNITY);
    Dossier in2024 = dossier(community, 20).toBuilder().assessmentYear(2024).build();

    EvaluationResult result = ASSESSOR.assessAgainst(INTEGRITY, in2024);

    assertThat(choice(result).outsideScope())
        .extracting(Reason::key)
        .containsExactly("note.outside-scope.kind", "note.outside-scope.date");
    assertThat(result.notes().get(0).text().en()).contains("covers village units", "a community");
    assertThat(result.notes().get(0).text().zh()).contains("适用于村", "本单位是社区");
    assertThat(result.notes().get(1).text().en()).contains("2024-12-31", "2025-01-01 to open");
  }

  @Test
  void assess_byPurpose_picksTheChosenStandard() {
    EvaluationResult result = ASSESSOR.assess(dossier(TestStandards.TAIZI, 19), "integrity");

    assertThat(result.standardId()).isEqualTo(INTEGRITY);
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(choice(result).named()).isFalse();
    assertThat(choice(result).chosen().map(StandardChoice.Candidate::standardId))
        .contains(INTEGRITY);
  }

  @Test
  void assess_byPurposeOutsideTheCounty_throwsNoApplicableStandard() {
    Unit elsewhere = Unit.of(DivisionCode.parse("120101001001"), "别村", UnitKind.VILLAGE);

    assertThatThrownBy(() -> ASSESSOR.assess(dossier(elsewhere, 20), "integrity"))
        .isInstanceOf(NoApplicableStandardException.class)
        .hasMessageContaining("120101001001");
  }

  @Test
  void assess_byPurposeBeforeTheStandardTookEffect_throwsNoApplicableStandard() {
    Dossier in2024 = dossier(TestStandards.TAIZI, 20).toBuilder().assessmentYear(2024).build();

    assertThatThrownBy(() -> ASSESSOR.assess(in2024, "integrity"))
        .isInstanceOf(NoApplicableStandardException.class)
        .hasMessageContaining("2024-12-31");
  }

  // S-7: the assessor knows every installed standard's criteria, so a NOT_MET finding on another
  // standard's criterion is noted, while one on an id no standard has keeps the verdict from MEETS.
  @Test
  void evaluate_S_7_findingOnAnotherInstalledStandard_isNoted_onAnUnknownId_isInconclusive() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new TestStandards.Fixed(
                    TestStandards.standard("test.village"),
                    TestStandards.standard("test.community"))));
    Assessor assessor = Assessor.of(registry);
    Dossier other =
        dossier(TestStandards.TAIZI, 20).toBuilder()
            .inspection(List.of(notMet("test.community.item")))
            .build();
    EvaluationResult noted = assessor.assessAgainst("test.village", other);
    assertThat(noted.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(noted.notes())
        .extracting(Reason::key)
        .containsExactly("note.inspection.other-standard");

    Dossier misspelt =
        dossier(TestStandards.TAIZI, 20).toBuilder()
            .inspection(List.of(notMet("test.comunity.item")))
            .build();
    EvaluationResult open = assessor.assessAgainst("test.village", misspelt);
    assertThat(open.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(open.notes().get(0).text().en()).contains("did you mean test.community.item?");
  }

  private static InspectionFinding notMet(String criterion) {
    return new InspectionFinding(criterion, Finding.NOT_MET, "未落实", LocalDate.of(2025, 11, 20));
  }

  private static Assessor municipalCountyAndLooser() {
    Standard municipal = TestStandards.withParameters("test.municipal").build();
    Standard stricter =
        TestStandards.extension("test.county", "test.municipal", JurisdictionLevel.COUNTY, "120119")
            .set("awareness-rate", ">= 95%")
            .build();
    Standard looser =
        TestStandards.extension(
                "test.looser", "test.municipal", JurisdictionLevel.COUNTY, "120119105")
            .set("awareness-rate", ">= 85%")
            .build();
    return Assessor.of(
        StandardRegistry.of(List.of(new TestStandards.First(municipal, stricter, looser))));
  }

  @Test
  void assess_stricterCountyExtension_isChosenAutomatically() {
    EvaluationResult result = municipalCountyAndLooser().assess(dossier(TestStandards.TAIZI, 1));

    assertThat(result.standardId()).isEqualTo("test.county");
    assertThat(choice(result).self().map(StandardChoice.Candidate::basis))
        .contains(Basis.REFINEMENT);
  }

  @Test
  void assessAllApplicable_everyStandardOnce_theChosenFirst_looserIncluded() {
    List<EvaluationResult> results =
        municipalCountyAndLooser().assessAllApplicable(dossier(TestStandards.TAIZI, 1));

    assertThat(results)
        .extracting(EvaluationResult::standardId)
        .containsExactly("test.county", "test.municipal", "test.looser");
    assertThat(results)
        .extracting(r -> choice(r).self().orElseThrow().role())
        .containsExactly(Role.CHOSEN, Role.SHADOWED, Role.EXCLUDED);
    assertThat(choice(results.get(2)).self().orElseThrow().loosenings())
        .extracting(StandardChoice.Loosening::toString)
        .containsExactly("awareness-rate >= 85% is looser than >= 90% of test.municipal");
    assertThat(results).allSatisfy(r -> assertThat(choice(r).named()).isFalse());
  }

  @Test
  void assessAllApplicable_noneApplies_isEmpty() {
    Unit elsewhere = Unit.of(DivisionCode.parse("330101001001"), "别村", UnitKind.VILLAGE);

    assertThat(municipalCountyAndLooser().assessAllApplicable(dossier(elsewhere, 1))).isEmpty();
  }

  @Test
  void everyVerb_invalidDossier_throwsWithEveryViolation() {
    Dossier invalid = invalid();
    assertThatThrownBy(() -> ASSESSOR.assess(invalid)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ASSESSOR.assess(invalid, "integrity"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ASSESSOR.assessAgainst(INTEGRITY, invalid))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/years/0/contraceptiveUsers");
    assertThatThrownBy(() -> ASSESSOR.assessAllApplicable(invalid))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void of_registry_isKept() {
    StandardRegistry registry = StandardRegistry.of(List.of());

    assertThat(Assessor.of(registry).registry()).isSameAs(registry);
  }
}

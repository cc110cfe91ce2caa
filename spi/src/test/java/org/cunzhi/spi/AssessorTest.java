package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Reason;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final Assessor ASSESSOR = Assessor.discover();

  private static Dossier dossier(Unit unit, int participants) {
    return Dossier.builder(unit, 2025)
        .appraisals(List.of(new Appraisal(LocalDate.of(2025, 6, 1), participants, true)))
        .build();
  }

  @Test
  void evaluate_byId_usesThatStandard() {
    EvaluationResult result =
        ASSESSOR.evaluate("example-county.integrity-village", dossier(TestStandards.TAIZI, 20));

    assertThat(result.standardId()).isEqualTo("example-county.integrity-village");
    assertThat(result.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void evaluate_unknownId_throws() {
    assertThatThrownBy(
            () -> ASSESSOR.evaluate("example-county.nothing", dossier(TestStandards.TAIZI, 20)))
        .isInstanceOf(UnknownStandardException.class)
        .hasMessageContaining("example-county.integrity-village");
  }

  @Test
  void evaluate_byPurpose_picksThePrevailingStandard() {
    EvaluationResult result = ASSESSOR.evaluate(dossier(TestStandards.TAIZI, 19), "integrity");

    assertThat(result.standardId()).isEqualTo("example-county.integrity-village");
    assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void evaluate_byPurposeOutsideTheCounty_throwsNoApplicableStandard() {
    Unit elsewhere = Unit.of(DivisionCode.parse("120101001001"), "别村", UnitKind.VILLAGE);

    assertThatThrownBy(() -> ASSESSOR.evaluate(dossier(elsewhere, 20), "integrity"))
        .isInstanceOf(NoApplicableStandardException.class)
        .hasMessageContaining("120101001001");
  }

  @Test
  void evaluate_byPurposeBeforeTheStandardTookEffect_throwsNoApplicableStandard() {
    Dossier in2024 = dossier(TestStandards.TAIZI, 20).toBuilder().assessmentYear(2024).build();

    assertThatThrownBy(() -> ASSESSOR.evaluate(in2024, "integrity"))
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
    EvaluationResult noted = assessor.evaluate("test.village", other);
    assertThat(noted.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(noted.notes())
        .extracting(Reason::key)
        .containsExactly("note.inspection.other-standard");

    Dossier misspelt =
        dossier(TestStandards.TAIZI, 20).toBuilder()
            .inspection(List.of(notMet("test.comunity.item")))
            .build();
    EvaluationResult open = assessor.evaluate("test.village", misspelt);
    assertThat(open.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(open.notes().get(0).text().en()).contains("did you mean test.community.item?");
  }

  private static InspectionFinding notMet(String criterion) {
    return new InspectionFinding(criterion, Finding.NOT_MET, "未落实", LocalDate.of(2025, 11, 20));
  }

  @Test
  void of_registry_isKept() {
    StandardRegistry registry = StandardRegistry.of(List.of());

    assertThat(Assessor.of(registry).registry()).isSameAs(registry);
  }
}

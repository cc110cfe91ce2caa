package com.example.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.junit.jupiter.api.Test;

/** The README's sample plugin does what the README says. */
class AppraisalCheckTest {
  private static final Standard STANDARD =
      new CountyStandards().standards(ProviderContext.current()).get(0);
  private static final Unit UNIT =
      Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE);

  private static CriterionResult appraisal(Dossier dossier) {
    return Evaluator.create()
        .evaluate(STANDARD, dossier)
        .criterion("example-county.integrity.appraisal")
        .orElseThrow();
  }

  private static Dossier withAppraisal(LocalDate date, int participants) {
    return Dossier.builder(UNIT, 2025)
        .appraisals(List.of(new Appraisal(date, participants, true)))
        .build();
  }

  @Test
  void appraisal_exactlyTwentyParticipants_passes() {
    CriterionResult result = appraisal(withAppraisal(LocalDate.of(2025, 6, 1), 20));

    assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    assertThat(result.parameters()).containsEntry("appraisal-participants", "20");
    assertThat(result.reasons().get(0).text().zh()).contains("20");
  }

  @Test
  void appraisal_nineteenParticipants_fails() {
    assertThat(appraisal(withAppraisal(LocalDate.of(2025, 6, 1), 19)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void appraisal_inAnotherYear_fails() {
    assertThat(appraisal(withAppraisal(LocalDate.of(2024, 12, 31), 50)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void appraisal_sectionAbsent_insufficientEvidence() {
    assertThat(appraisal(Dossier.builder(UNIT, 2025).build()).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void appraisal_sectionEmpty_fails() {
    assertThat(appraisal(Dossier.builder(UNIT, 2025).appraisals(List.of()).build()).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void standard_titlesComeFromTheBundle() {
    assertThat(STANDARD.title().en())
        .isEqualTo("Example County integrity family-planning demonstration village");
    assertThat(STANDARD.criteria().get(0).title().zh()).isEqualTo("育龄群众参与民主评议");
  }
}

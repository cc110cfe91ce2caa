package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.allText;
import static org.cunzhi.plugins.tianjin.Evaluations.evaluate;

import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.junit.jupiter.api.Test;

/** The example dossiers of examples/README.md, mirrored by {@link TaiziDossier}. */
class ExampleDossiersTest {

  @Test
  void taizi_meets_allNinePass_S_4() {
    EvaluationResult r = evaluate(TaiziDossier.taizi());
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.vetoed()).isFalse();
    assertThat(r.criteria())
        .extracting(CriterionResult::id)
        .containsExactly(
            "tianjin.village.1",
            "tianjin.village.2",
            "tianjin.village.3",
            "tianjin.village.4",
            "tianjin.village.5",
            "tianjin.village.6",
            "tianjin.village.7",
            "tianjin.village.8",
            "tianjin.village.9");
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.criteria()).allSatisfy(c -> assertThat(c.remedies()).isEmpty());
  }

  @Test
  void taizi_reporterAppearsNowhere_S_6() {
    String text = allText(evaluate(TaiziDossier.taizi()));
    assertThat(text)
        .doesNotContain(TaiziDossier.REPORTER_NAME)
        .doesNotContain(TaiziDossier.REPORTER_PHONE);
    assertThat(TaiziDossier.taizi().toString()).doesNotContain(TaiziDossier.REPORTER_NAME);
  }

  @Test
  void dongying_doesNotMeet_vetoedByTJ_V9() {
    EvaluationResult r = evaluate(TaiziDossier.dongying());
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isTrue();
    CriterionResult v9 = r.criterion("tianjin.village.9").orElseThrow();
    assertThat(v9.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v9.vetoed()).isTrue();
    assertThat(v9.measures())
        .filteredOn(
            m -> m.name().equals("contraceptive-rate") && Integer.valueOf(2024).equals(m.year()))
        .singleElement()
        .returns(Rate.of(318, 356), Measure::rate);
    assertThat(v9.remedies())
        .filteredOn(x -> x.kind() == Remedy.Kind.INCREASE_COUNT)
        .singleElement()
        .returns(3L, Remedy::amount)
        .returns(2024, Remedy::year);
    assertThat(r.criteria())
        .filteredOn(c -> !c.id().equals("tianjin.village.9"))
        .extracting(CriterionResult::outcome)
        .containsOnly(Outcome.PASS);
  }

  @Test
  void xihe_inconclusive_missing2023_S_1() {
    EvaluationResult r = evaluate(TaiziDossier.xihe());
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    CriterionResult v9 = r.criterion("tianjin.village.9").orElseThrow();
    assertThat(v9.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(v9.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.SUPPLY_DATA);
              assertThat(x.year()).isEqualTo(2023);
            });
    assertThat(r.criteria())
        .filteredOn(c -> !c.id().equals("tianjin.village.9"))
        .extracting(CriterionResult::outcome)
        .containsOnly(Outcome.PASS);
  }

  @Test
  void evaluate_isDeterministic() {
    assertThat(evaluate(TaiziDossier.dongying())).isEqualTo(evaluate(TaiziDossier.dongying()));
  }
}

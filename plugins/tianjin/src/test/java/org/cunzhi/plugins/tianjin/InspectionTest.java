package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.Test;

/**
 * An inspector's NOT_MET finding fails its criterion; MET never overrides the data (DOMAIN §10);
 * findings of an earlier year, of another standard or of no installed standard are noted (S-7).
 */
class InspectionTest {

  private static EvaluationResult withFinding(String criterion, Finding finding) {
    return Evaluations.evaluate(
        TaiziDossier.taizi().toBuilder()
            .inspection(List.of(new InspectionFinding(criterion, finding, "抽查记录", d(2025, 11, 20))))
            .build());
  }

  @Test
  void inspection_notMetOnV6_failsIt() {
    EvaluationResult r = withFinding("tianjin.village.6", Finding.NOT_MET);
    CriterionResult v6 = r.criterion("tianjin.village.6").orElseThrow();
    assertThat(v6.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(Evaluations.text(v6)).contains("抽查记录");
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void inspection_metDoesNotOverrideAFailingRate() {
    EvaluationResult r =
        Evaluations.evaluate(
            TaiziDossier.dongying().toBuilder()
                .inspection(
                    List.of(
                        new InspectionFinding(
                            "tianjin.village.9", Finding.MET, "现场核实", d(2025, 11, 20))))
                .build());
    assertThat(r.criterion("tianjin.village.9").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void inspection_metOnAPassingCriterion_stillPasses() {
    assertThat(
            withFinding("tianjin.village.1", Finding.MET)
                .criterion("tianjin.village.1")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  // DOSSIER-v1: "A NOT_MET finding fails its criterion"; a re-inspection found MET does not undo
  // it.
  @Test
  void inspection_notMetThenMetOnV3_stillFails() {
    EvaluationResult r =
        Evaluations.evaluate(
            TaiziDossier.taizi().toBuilder()
                .inspection(
                    List.of(
                        new InspectionFinding(
                            "tianjin.village.3", Finding.NOT_MET, "奖励未兑现", d(2025, 10, 20)),
                        new InspectionFinding(
                            "tianjin.village.3", Finding.MET, "复查", d(2025, 11, 20))))
                .build());
    CriterionResult v3 = r.criterion("tianjin.village.3").orElseThrow();
    assertThat(v3.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(Evaluations.text(v3)).contains("奖励未兑现");
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  /** Taizi with one finding, assessed as a host assesses it: every Tianjin criterion installed. */
  private static EvaluationResult assessed(InspectionFinding finding) {
    Assessor assessor = Assessor.of(StandardRegistry.of(List.of(new TianjinStandards())));
    return assessor.assessAgainst(
        DemonstrationVillage.ID,
        TaiziDossier.taizi().toBuilder().inspection(List.of(finding)).build());
  }

  // S-7: the example of DOMAIN itself.
  @Test
  void inspection_S_7_misspeltNotMet_isNotedWithTheNearestIdAndInconclusive() {
    EvaluationResult r =
        assessed(
            new InspectionFinding("tianjin.vilage.3", Finding.NOT_MET, "奖励未兑现", d(2025, 11, 20)));
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.text().en())
                  .startsWith("tianjin.vilage.3: did you mean tianjin.village.3?");
              assertThat(n.text().zh()).contains("tianjin.vilage.3", "tianjin.village.3");
            });
    assertThat(Evaluations.allText(r)).doesNotContain("奖励未兑现");
  }

  @Test
  void inspection_S_7_notMetOnTheCommunityStandard_isNotedAndTheVillageStillMeets() {
    EvaluationResult r =
        assessed(
            new InspectionFinding(
                "tianjin.community.r1", Finding.NOT_MET, "公开栏未更新", d(2025, 11, 20)));
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.notes()).extracting(Reason::key).contains("note.inspection.other-standard");
    assertThat(Evaluations.allText(r)).doesNotContain("公开栏未更新");
  }

  // S-7: a finding of 2024 belongs to the 2024 assessment; one of 1 January 2025 to this one.
  @Test
  void inspection_S_7_notMetOf31December2024_isNoted_of1January2025_fails() {
    EvaluationResult old =
        assessed(new InspectionFinding("tianjin.village.6", Finding.NOT_MET, "旧", d(2024, 12, 31)));
    CriterionResult v6 = old.criterion("tianjin.village.6").orElseThrow();
    assertThat(v6.outcome()).isEqualTo(Outcome.PASS);
    assertThat(v6.reasons()).extracting(Reason::key).contains("inspection.stale");
    assertThat(old.verdict()).isEqualTo(Verdict.MEETS);

    EvaluationResult current =
        assessed(new InspectionFinding("tianjin.village.6", Finding.NOT_MET, "新", d(2025, 1, 1)));
    assertThat(current.criterion("tianjin.village.6").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(current.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void inspection_sameDayMetAndNotMet_failsWhateverTheirOrder() {
    InspectionFinding met =
        new InspectionFinding("tianjin.village.3", Finding.MET, "甲", d(2025, 11, 20));
    InspectionFinding notMet =
        new InspectionFinding("tianjin.village.3", Finding.NOT_MET, "乙", d(2025, 11, 20));
    for (List<InspectionFinding> order : List.of(List.of(met, notMet), List.of(notMet, met))) {
      CriterionResult v3 =
          Evaluations.evaluate(TaiziDossier.taizi().toBuilder().inspection(order).build())
              .criterion("tianjin.village.3")
              .orElseThrow();
      assertThat(v3.outcome()).isEqualTo(Outcome.FAIL);
    }
  }
}

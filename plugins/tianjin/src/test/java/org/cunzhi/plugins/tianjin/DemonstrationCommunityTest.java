package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The demonstration community: its base is missing (TJ-R), TJ-R1 and TJ-R2. */
class DemonstrationCommunityTest {

  static Dossier community() {
    return TaiziDossier.builder(
            new Unit(
                DivisionCode.parse("120101001001"),
                "示例社区",
                UnitKind.COMMUNITY,
                "示例街道",
                "示例区",
                2100,
                5200))
        .build();
  }

  private static EvaluationResult evaluate(Dossier d) {
    return Evaluations.evaluate(Evaluations.COMMUNITY, d);
  }

  private static CriterionResult r2(@Nullable Satisfaction s, @Nullable Participation p) {
    Dossier d = community().toBuilder().surveys(Map.of(2025, new Surveys(s, p))).build();
    return evaluate(d).criterion("tianjin.community.r2").orElseThrow();
  }

  @Test
  void community_standardExtendsTheModelCommunity_baseMissing_TJ_R() {
    assertThat(Evaluations.COMMUNITY.baseId()).contains("tianjin.model-community");
    assertThat(Evaluations.COMMUNITY.isBaseMissing()).isTrue();
    assertThat(Evaluations.COMMUNITY.applicability().kinds()).containsExactly(UnitKind.COMMUNITY);
  }

  @Test
  void community_everyOwnItemPasses_stillNotMeets_TJ_R() {
    EvaluationResult r = evaluate(community());
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes())
        .anySatisfy(n -> assertThat(n.text().en()).contains("tianjin.model-community"));
  }

  @Test
  void community_failingItem_doesNotMeet() {
    EvaluationResult r =
        evaluate(
            community().toBuilder()
                .surveys(
                    Map.of(
                        2025, new Surveys(new Satisfaction(150, 100), new Participation(150, 122))))
                .build());
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void TJ_R1_complaintInvestigatedOnTheFourthDay_fails() {
    Dossier d =
        community().toBuilder()
            .complaints(
                List.of(
                    new Complaint(
                        "C-1",
                        d(2025, 4, 2),
                        d(2025, 4, 6),
                        d(2025, 4, 10),
                        false,
                        Reporter.named())))
            .build();
    assertThat(evaluate(d).criterion("tianjin.community.r1").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_R1_quarterWithoutDisclosure_fails() {
    Dossier d =
        community().toBuilder().disclosures(TaiziDossier.disclosures().subList(0, 3)).build();
    assertThat(evaluate(d).criterion("tianjin.community.r1").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_R2_satisfactionExactly90Percent_passes() {
    assertThat(r2(new Satisfaction(150, 135), new Participation(150, 122)).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_R2_satisfactionJustUnder90Percent_fails() {
    assertThat(r2(new Satisfaction(150, 134), new Participation(150, 122)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_R2_participationExactly60Percent_passes() {
    CriterionResult r = r2(new Satisfaction(150, 141), new Participation(150, 90));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.parameters()).containsEntry("participation-rate", ">= 60%");
  }

  @Test
  void TJ_R2_participationJustUnder60Percent_fails() {
    assertThat(r2(new Satisfaction(150, 141), new Participation(150, 89)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_R2_surveyOfNobody_insufficient_S_1() {
    assertThat(r2(new Satisfaction(0, 0), new Participation(150, 122)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r2(new Satisfaction(150, 141), new Participation(0, 0)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_R2_surveyMissing_insufficient() {
    assertThat(r2(null, new Participation(150, 122)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r2(new Satisfaction(150, 141), null).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_R2_onlyLastYearsSurvey_insufficient() {
    Dossier d =
        community().toBuilder()
            .surveys(
                Map.of(2024, new Surveys(new Satisfaction(150, 141), new Participation(150, 122))))
            .build();
    assertThat(evaluate(d).criterion("tianjin.community.r2").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }
}

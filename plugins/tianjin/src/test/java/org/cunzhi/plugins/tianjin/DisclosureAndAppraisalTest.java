package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/** TJ-V6 (disclosure each quarter, D-PROC-2) and TJ-V7 (democratic appraisal). */
class DisclosureAndAppraisalTest {
  private static final EnumSet<DisclosureTopic> BOTH =
      EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION);

  private static CriterionResult disclosures(List<Disclosure> list) {
    return taiziWith(6, b -> b.disclosures(list));
  }

  @Test
  void TJ_V6_eachQuarterCoveringBoth_passes() {
    CriterionResult r = disclosures(TaiziDossier.disclosures());
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.parameters()).containsEntry("disclosure-cadence", "QUARTERLY");
  }

  @Test
  void TJ_V6_secondQuarterCoversPolicyOnly_fails() {
    List<Disclosure> list = new ArrayList<>(TaiziDossier.disclosures());
    list.set(
        1,
        new Disclosure(
            d(2025, 6, 30), EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.FINANCE)));
    CriterionResult r = disclosures(list);
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.ADD_EVENT);
              assertThat(x.quarter()).isEqualTo(2);
            });
  }

  @Test
  void TJ_V6_thirdQuarterMissing_fails_firstDayOfQuarterCounts() {
    List<Disclosure> list = new ArrayList<>(TaiziDossier.disclosures());
    list.remove(2);
    assertThat(disclosures(list).outcome()).isEqualTo(Outcome.FAIL);
    list.add(new Disclosure(d(2025, 7, 1), BOTH));
    assertThat(disclosures(list).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V6_cadenceTailoredToHalfYearly_twoDisclosuresPass_S_5() {
    Standard halfYearly =
        Evaluations.VILLAGE.toBuilder()
            .values(
                ParameterValues.none()
                    .with(TianjinParameters.DISCLOSURE_CADENCE, Cadence.HALF_YEARLY))
            .build();
    List<Disclosure> two =
        List.of(new Disclosure(d(2025, 6, 30), BOTH), new Disclosure(d(2025, 12, 31), BOTH));
    EvaluationResult r =
        Evaluations.evaluate(halfYearly, TaiziDossier.taizi().toBuilder().disclosures(two).build());
    assertThat(r.criterion("tianjin.village.6").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(disclosures(two).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V6_noDisclosureAtAll_fails() {
    assertThat(disclosures(List.of()).outcome()).isEqualTo(Outcome.FAIL);
  }

  private static CriterionResult appraisals(Appraisal... list) {
    return taiziWith(7, b -> b.appraisals(List.of(list)));
  }

  @Test
  void TJ_V7_oneParticipantLinkedToPay_passes() {
    assertThat(appraisals(new Appraisal(d(2025, 12, 10), 1, true)).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V7_noParticipantOfChildbearingAge_fails() {
    assertThat(appraisals(new Appraisal(d(2025, 12, 10), 0, true)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V7_notLinkedToPay_fails() {
    assertThat(appraisals(new Appraisal(d(2025, 12, 10), 86, false)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V7_eachHalfMetByADifferentAppraisal_fails() {
    CriterionResult r =
        appraisals(
            new Appraisal(d(2025, 6, 10), 0, true), new Appraisal(d(2025, 12, 10), 86, false));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).isNotEmpty();
  }

  @Test
  void TJ_V7_appraisalOnlyInThePreviousYear_fails() {
    CriterionResult r = appraisals(new Appraisal(d(2024, 12, 31), 86, true));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).anySatisfy(x -> assertThat(x.kind()).isEqualTo(Remedy.Kind.ADD_EVENT));
  }

  @Test
  void TJ_V7_appraisalOn1JanuaryOfTheYear_passes() {
    assertThat(appraisals(new Appraisal(d(2025, 1, 1), 3, true)).outcome()).isEqualTo(Outcome.PASS);
  }
}

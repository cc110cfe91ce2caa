package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;

import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.junit.jupiter.api.Test;

/** TJ-V3 (rewards, collective distribution) and TJ-V5 (families in difficulty). */
class BenefitsTest {
  private static final DifficultFamilies TAIZI_FAMILIES = new DifficultFamilies(3, 3, 2);

  private static CriterionResult with(int item, Benefits b) {
    return taiziWith(item, d -> d.benefits(b));
  }

  @Test
  void TJ_V3_allEligibleGranted_noViolation_passes() {
    assertThat(with(3, new Benefits(46, 46, 0, TAIZI_FAMILIES)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V3_oneEligibleFamilyNotGranted_failsWithRemedyOfOne() {
    CriterionResult r = with(3, new Benefits(46, 45, 0, TAIZI_FAMILIES));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
              assertThat(x.amount()).isEqualTo(1);
            });
  }

  @Test
  void TJ_V3_oneUnlawfulDistribution_fails() {
    assertThat(with(3, new Benefits(46, 46, 1, TAIZI_FAMILIES)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V3_noEligibleFamily_passes() {
    assertThat(with(3, new Benefits(0, 0, 0, TAIZI_FAMILIES)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V5_noFamilyInDifficulty_notApplicable_S_2() {
    CriterionResult r = with(5, new Benefits(46, 46, 0, new DifficultFamilies(0, 0, 0)));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.remedies()).isEmpty();
  }

  @Test
  void TJ_V5_oneFamilyHelpedAndImproved_passes() {
    assertThat(with(5, new Benefits(46, 46, 0, new DifficultFamilies(1, 1, 1))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V5_oneFamilyLeftWithoutHelp_fails() {
    assertThat(with(5, new Benefits(46, 46, 0, new DifficultFamilies(3, 2, 2))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V5_helpedButNoneImproved_fails() {
    assertThat(with(5, new Benefits(46, 46, 0, new DifficultFamilies(3, 3, 0))).outcome())
        .isEqualTo(Outcome.FAIL);
  }
}

package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;

import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Message;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.junit.jupiter.api.Test;

/**
 * Results carry their own words: unrendered messages of the plugin's or core's bundle, titles that
 * follow the parameters in force, labels for every figure.
 */
class ResultTextTest {

  private static CriterionResult v4(Standard standard) {
    return Evaluations.evaluate(standard, TaiziDossier.taizi())
        .criterion("tianjin.village.4")
        .orElseThrow();
  }

  @Test
  void title_namesTheAwarenessThresholdInForce() {
    CriterionResult r = v4(Evaluations.VILLAGE);
    assertThat(r.title().zh()).isEqualTo("经常开展宣传教育及服务，知晓率达到90%以上，个人隐私权得到保护");
    assertThat(r.title().en()).contains("awareness at least 90%");
  }

  @Test
  void title_followsATailoring() {
    Standard tailored =
        Tailoring.parse("id=example.tailored-village\nversion=1\nparameter.awareness-rate=>= 95%\n")
            .applyTo(Evaluations.VILLAGE);
    CriterionResult r = v4(tailored);
    assertThat(r.title().zh()).isEqualTo("经常开展宣传教育及服务，知晓率达到95%以上，个人隐私权得到保护");
    assertThat(r.title().en()).contains("awareness at least 95%");
    assertThat(r.parameters()).containsEntry("awareness-rate", ">= 95%");
  }

  @Test
  void evaluation_leavesEveryTextUnrendered() {
    EvaluationResult dongying =
        Evaluations.evaluate(Evaluations.VILLAGE, TaiziDossier.taizi().toBuilder().build());
    for (CriterionResult c : dongying.criteria()) {
      assertThat(c.title()).isInstanceOf(Message.class);
      for (Reason reason : c.reasons()) {
        assertThat(reason.text()).as(reason.key()).isInstanceOf(Message.class);
        assertThat(((Message) reason.text()).key()).isEqualTo(reason.key());
      }
      for (Remedy remedy : c.remedies()) {
        assertThat(remedy.text()).isInstanceOf(Message.class);
      }
      for (Measure m : c.measures()) {
        assertThat(m.label()).isInstanceOf(Message.class);
      }
    }
  }

  @Test
  void measures_areLabelledByThePlugin_notByTheirRawNames() {
    for (CriterionResult c : Evaluations.evaluate(TaiziDossier.taizi()).criteria()) {
      for (Measure m : c.measures()) {
        assertThat(m.label().zh()).as(m.name()).isNotEqualTo(m.name()).doesNotContain("-");
        assertThat(m.label().en()).as(m.name()).isNotEqualTo(m.name());
      }
    }
  }
}

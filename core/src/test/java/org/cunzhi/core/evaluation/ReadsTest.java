package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's cache of the parameters each criterion's check read: bounded, and full, it lets
 * one criterion go for a new one instead of starting over.
 */
class ReadsTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final Dossier DOSSIER =
      Dossier.builder(Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), 2025)
          .build();

  /** A criterion whose check reads the window's length. */
  private static Criterion reading(int i) {
    return Criterion.builder("test.reads." + i)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", "item 1"))
        .check(
            c -> {
              c.parameter(TestParameters.WINDOW_YEARS);
              return CheckResult.pass(WHY);
            })
        .build();
  }

  private static Map<String, String> read(Evaluator.Reads reads, Criterion criterion) {
    Evaluator.Context context =
        new Evaluator.Context(DOSSIER, ParameterValues.none(), criterion.id(), null);
    criterion.check().check(context);
    return reads.of(criterion, context);
  }

  @Test
  void of_upToTheBound_keepsEveryCriterion() {
    Evaluator.Reads reads = new Evaluator.Reads();
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < Evaluator.Reads.MOST; i++) {
      criteria.add(reading(i));
      assertThat(read(reads, criteria.get(i))).containsOnlyKeys("window-years");
    }
    assertThat(reads.size()).isEqualTo(Evaluator.Reads.MOST);
    // read again with the same values: the very map kept
    Criterion first = criteria.get(0);
    assertThat(read(reads, first)).isSameAs(read(reads, first));
  }

  @Test
  void of_pastTheBound_letsOneGoPerNewCriterion_notAll() {
    Evaluator.Reads reads = new Evaluator.Reads();
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < Evaluator.Reads.MOST + 10; i++) {
      criteria.add(reading(i));
      assertThat(read(reads, criteria.get(i))).containsOnlyKeys("window-years");
    }
    Criterion last = criteria.get(criteria.size() - 1);
    // starting over would have left 10; one let go per new criterion leaves the bound
    assertThat(reads.size()).isEqualTo(Evaluator.Reads.MOST);
    assertThat(reads.holds(last)).isTrue();
  }
}

package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.Parameter;
import org.junit.jupiter.api.Test;

class StandardDiffTest {
  private static final Standard SAMPLE = SampleStandards.village();

  @Test
  void between_equalDefinitions_isEmpty() {
    StandardDiff d = StandardDiff.between(SAMPLE, SampleStandards.village());
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.toString()).contains("no differences");
  }

  @Test
  void between_tailoring_showsMetadataAndValues() {
    Standard t =
        Tailoring.parse(
                "id=x.village\nversion=2\nparameter.complaint-days=2\nparameter.awareness-rate=>= 95%\n")
            .applyTo(SAMPLE);
    StandardDiff d = StandardDiff.between(SAMPLE, t);
    assertThat(d.metadata())
        .extracting(StandardDiff.Change::field)
        .containsExactly("id", "version", "extends");
    assertThat(d.valuesChanged())
        .containsExactly(
            new StandardDiff.Change("complaint-days", "3", "2"),
            new StandardDiff.Change("awareness-rate", ">= 90%", ">= 95%"));
    assertThat(d.criteriaAdded()).isEmpty();
    assertThat(d.toString())
        .contains("~ version: 2025 → 2")
        .contains("~ extends: none → sample.demonstration-village")
        .contains("~ parameter complaint-days: 3 → 2");
  }

  @Test
  void between_criteriaAddedRemovedAndChanged() {
    List<Criterion> criteria = new ArrayList<>(SAMPLE.criteria());
    Criterion removed = criteria.remove(0);
    Criterion old = criteria.get(0);
    criteria.set(
        0,
        Criterion.builder(old.id())
            .title("新标题", old.title().en())
            .reference(LegalReference.of("新文件", "2026", "1"))
            .check(old.check())
            .build());
    criteria.add(
        Criterion.builder("sample.village.10")
            .title("新增", "added")
            .reference(old.reference())
            .check(old.check())
            .build());
    List<Parameter<?>> params = new ArrayList<>(SAMPLE.parameters());
    params.remove(TestParameters.NOTICE_DAYS);
    Standard b = SAMPLE.toBuilder().criteria(criteria).parameters(params).build();
    StandardDiff d = StandardDiff.between(SAMPLE, b);
    assertThat(d.criteriaAdded()).containsExactly("sample.village.10");
    assertThat(d.criteriaRemoved()).containsExactly(removed.id());
    assertThat(d.criteriaChanged())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(old.id());
              assertThat(c.changes())
                  .extracting(StandardDiff.Change::field)
                  .containsExactly("title.zh", "reference");
            });
    assertThat(d.parametersRemoved()).containsExactly("notice-days");
    assertThat(d.toString()).contains("+ criterion sample.village.10", "- parameter notice-days");
    assertThat(StandardDiff.between(b, SAMPLE).parametersAdded()).containsExactly("notice-days");
  }

  @Test
  void between_vetoChange_isShown() {
    List<Criterion> criteria = new ArrayList<>(SAMPLE.criteria());
    Criterion nine = criteria.get(criteria.size() - 1);
    criteria.set(
        criteria.size() - 1,
        Criterion.builder(nine.id())
            .title(nine.title())
            .reference(nine.reference())
            .check(nine.check())
            .build());
    StandardDiff d = StandardDiff.between(SAMPLE, SAMPLE.toBuilder().criteria(criteria).build());
    assertThat(d.criteriaChanged())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.changes())
                    .singleElement()
                    .extracting(StandardDiff.Change::after)
                    .isEqualTo("none"));
  }
}

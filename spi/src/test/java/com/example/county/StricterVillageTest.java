package com.example.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.Selection;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.Test;

/**
 * The guide's extension (spi/README.md, section 5): a county standard that raises a municipal
 * threshold by key, without depending on the municipal plugin, and adds a criterion of its own. The
 * municipal standard here is a stand-in with the same id and parameter key.
 */
class StricterVillageTest {
  private static final LegalReference SOURCE = LegalReference.of("示例文件", "2025", "item 1");
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  private static Criterion criterion(String id) {
    return Criterion.builder(id)
        .title("测试项", "test item")
        .reference(SOURCE)
        .check(c -> CheckResult.pass(WHY))
        .build();
  }

  private static Standard.Builder village(String id, JurisdictionLevel level, String prefix) {
    return Standard.builder(id)
        .version("2025")
        .title("示范村", "demonstration village")
        .authority("test")
        .documentNumber("T-1")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(level)
        .applicability(Applicability.of(UnitKind.VILLAGE, prefix));
  }

  /** The municipal stand-in: awareness at least 90%, higher is stricter. */
  private static Standard municipal() {
    Parameter<Threshold> awareness =
        new Parameter<>(
                "awareness-rate",
                ParameterType.THRESHOLD,
                Threshold.atLeastPercent(90),
                "%",
                SOURCE,
                LocalizedText.of("知晓率", "awareness rate"))
            .withRange(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100))
            .withStricter(Strictness.HIGHER);
    return village("tianjin.demonstration-village", JurisdictionLevel.MUNICIPAL, "12")
        .parameters(List.of(awareness))
        .criteria(List.of(criterion("tianjin.village.4")))
        .build();
  }

  private static Standard county(String awareness) {
    Criterion ownCriterion = criterion("example-county.stricter-village.own");
    return village("example-county.stricter-village", JurisdictionLevel.COUNTY, "120119")
        .extending("tianjin.demonstration-village")
        .set("awareness-rate", awareness)
        .criteria(List.of(ownCriterion))
        .build();
  }

  private static Selection select(Standard county) {
    StandardProvider municipalPlugin = (ProviderContext c) -> List.of(municipal());
    StandardProvider countyPlugin = (ProviderContext c) -> List.of(county);
    StandardRegistry registry = StandardRegistry.of(List.of(municipalPlugin, countyPlugin));
    assertThat(registry.problems()).isEmpty();
    Unit village = Unit.of(DivisionCode.parse("120119105201"), "示例村", UnitKind.VILLAGE);
    return registry.select(village, LocalDate.of(2025, 12, 31), "demonstration");
  }

  @Test
  void stricterCounty_isChosenWithTheBasesCriteriaAndItsOwn() {
    Selection selection = select(county(">= 95%"));

    Standard chosen = selection.require();
    assertThat(chosen.id()).isEqualTo("example-county.stricter-village");
    assertThat(chosen.allCriteria())
        .extracting(Criterion::id)
        .containsExactly("tianjin.village.4", "example-county.stricter-village.own");
    assertThat(chosen.settings()).containsEntry("awareness-rate", ">= 95%");
  }

  @Test
  void looserCounty_isNeverChosenAndSaysWhy() {
    Selection selection = select(county(">= 85%"));

    assertThat(selection.require().id()).isEqualTo("tianjin.demonstration-village");
    assertThat(selection.standingOf("example-county.stricter-village").orElseThrow().loosenings())
        .extracting(StandardChoice.Loosening::toString)
        .containsExactly(
            "awareness-rate >= 85% is looser than >= 90% of tianjin.demonstration-village");
  }
}

package org.cunzhi.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.junit.jupiter.api.Test;

class DossiersTest {
  private static final Unit UNIT =
      Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE);

  @Test
  void units_prefixNotDigits_throwsQuotingIt() {
    assertThatThrownBy(() -> Dossiers.units(UnitKind.VILLAGE, "12a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"12a\"");
    assertThatThrownBy(() -> Dossiers.units(UnitKind.VILLAGE, "1234567890123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void units_fullCodeAsPrefix_givesThatUnit() {
    assertThat(Dossiers.units(UnitKind.COMMUNITY, "120119105201").sample().code().value())
        .isEqualTo("120119105201");
  }

  @Test
  void formatRules_brokenDossier_found() {
    YearStatistics broken =
        new YearStatistics(
            2025, new Population(100, 100), 10, 11, new Births(2, 3, 1, 0), null, null);
    Dossier dossier = Dossier.builder(UNIT, 2025).years(List.of(broken, broken)).build();

    assertThat(FormatRules.violations(dossier))
        .containsExactlyInAnyOrder(
            "year 2025 twice",
            "2025: users exceed married women",
            "2025: policyCompliant exceeds total",
            "2025: male + female differs from total",
            "2025: users exceed married women",
            "2025: policyCompliant exceeds total",
            "2025: male + female differs from total");
  }

  @Test
  void any_scorecards_comePresentEmptyAndAbsentWithinRange() {
    List<Dossier> sample = Dossiers.any().sampleStream().limit(400).toList();

    assertThat(sample).anyMatch(d -> !d.has(Section.SCORECARDS));
    assertThat(sample).anyMatch(d -> d.has(Section.SCORECARDS) && d.scorecards().isEmpty());
    assertThat(sample).anyMatch(d -> !d.scorecards().isEmpty());
    assertThat(sample).anyMatch(d -> d.scorecards().stream().anyMatch(c -> !c.isComplete()));
    assertThat(sample)
        .anyMatch(
            d -> d.scorecards().stream().anyMatch(c -> c.date().getYear() != d.assessmentYear()));
    assertThat(sample)
        .allSatisfy(
            d ->
                assertThat(d.scorecards())
                    .allSatisfy(
                        c ->
                            assertThat(c.scores().values())
                                .allSatisfy(v -> assertThat(v).isBetween(0, 100))));
  }
}

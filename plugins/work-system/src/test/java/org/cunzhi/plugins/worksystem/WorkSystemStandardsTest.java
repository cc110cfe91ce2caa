package org.cunzhi.plugins.worksystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.cunzhi.spi.tck.StandardProviderContract;
import org.junit.jupiter.api.Test;

/** The work-system provider against the conformance kit, and what the registry makes of it. */
class WorkSystemStandardsTest implements StandardProviderContract {

  @Override
  public StandardProvider provider() {
    return new WorkSystemStandards();
  }

  @Test
  void standards_theVillageWorkSystem_withElevenCriteria() {
    List<Standard> all = provider().standards(ProviderContext.current());
    assertThat(all).extracting(Standard::id).containsExactly("work-system.village");
    Standard s = all.get(0);
    assertThat(s.criteria())
        .extracting(Criterion::id)
        .containsExactly(
            "work-system.ws-1",
            "work-system.ws-2",
            "work-system.ws-3",
            "work-system.ws-4",
            "work-system.ws-5",
            "work-system.ws-6",
            "work-system.ws-7",
            "work-system.ws-8",
            "work-system.ws-9",
            "work-system.ws-10",
            "work-system.ws-11");
    assertThat(s.criteria()).noneMatch(Criterion::carriesVeto);
    assertThat(s.level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(s.purpose()).isEqualTo("work-system");
    assertThat(s.applicability().kinds())
        .containsExactlyInAnyOrder(UnitKind.VILLAGE, UnitKind.COMMUNITY);
    assertThat(s.applicability().codePrefixes()).hasSize(34).contains("12", "11", "65", "82");
  }

  @Test
  void parameters_defaultsAsTheWorkSystemSays() {
    java.util.Map<String, String> defaults = new java.util.TreeMap<>();
    for (Parameter<?> p : Samples.STANDARD.parameters()) {
      defaults.put(p.key(), formatDefault(p));
    }
    assertThat(defaults)
        .containsEntry("two-committees-cadence", "QUARTERLY")
        .containsEntry("assembly-report-cadence", "HALF_YEARLY")
        .containsEntry("disclosure-cadence", "QUARTERLY")
        .containsEntry("complaint-days", "3")
        .containsEntry("association-activities", "12")
        .containsEntry("council-cadence", "QUARTERLY")
        .containsEntry("member-congress-cadence", "YEARLY")
        .containsEntry("group-leaders-cadence", "MONTHLY")
        .containsEntry("group-cadence", "MONTHLY");
  }

  private static <T> String formatDefault(Parameter<T> p) {
    return p.format(p.defaultValue());
  }

  @Test
  void parameters_stricterDirections_D_ADM_5() {
    for (Parameter<?> p : Samples.STANDARD.parameters()) {
      assertThat(p.stricter())
          .as(p.key())
          .isEqualTo(p.key().equals("complaint-days") ? Strictness.LOWER : Strictness.HIGHER);
    }
  }

  @Test
  void registry_doesNotChooseItForADemonstrationEvaluation() {
    StandardRegistry registry = StandardRegistry.discover();
    var unit = Samples.taizi().unit();
    assertThat(registry.select(unit, LocalDate.of(2025, 12, 31), "demonstration").prevailing())
        .map(Standard::id)
        .isNotEqualTo(java.util.Optional.of("work-system.village"));
    assertThat(registry.select(unit, LocalDate.of(2025, 12, 31), "work-system").prevailing())
        .map(Standard::id)
        .contains("work-system.village");
  }
}

package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.cunzhi.spi.tck.StandardProviderContract;
import org.junit.jupiter.api.Test;

/** The Tianjin provider against the conformance kit, and what the registry makes of it. */
class TianjinStandardsTest implements StandardProviderContract {

  @Override
  public StandardProvider provider() {
    return new TianjinStandards();
  }

  /** The model-community standard's items are not in the sources: no plugin offers it (TJ-R). */
  @Override
  public Set<String> missingBases() {
    return Set.of(DemonstrationCommunity.BASE_ID);
  }

  @Test
  void standards_villageAndCommunity() {
    assertThat(provider().standards(ProviderContext.current()))
        .extracting(Standard::id)
        .containsExactly("tianjin.demonstration-village", "tianjin.demonstration-community");
  }

  @Test
  void criteria_readTheParametersAndSectionsTheirChecksDescribe() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    Map<String, Set<Section>> sections = new LinkedHashMap<>();
    for (Standard s : provider().standards(ProviderContext.current())) {
      for (Criterion c : s.criteria()) {
        parameters.put(c.id(), c.parameters().stream().map(Parameter::key).toList());
        sections.put(c.id(), c.sections());
      }
    }

    assertThat(parameters)
        .containsEntry("tianjin.village.1", List.of())
        .containsEntry("tianjin.village.2", List.of("notice-days"))
        .containsEntry("tianjin.village.4", List.of("awareness-rate"))
        .containsEntry("tianjin.village.6", List.of("disclosure-cadence"))
        .containsEntry("tianjin.community.r1", List.of("disclosure-cadence", "complaint-days"))
        .containsEntry("tianjin.community.r2", List.of("satisfaction-rate", "participation-rate"));
    assertThat(parameters.get("tianjin.village.8"))
        .containsExactlyInAnyOrder("complaint-days", "window-years");
    assertThat(parameters.get("tianjin.village.9"))
        .containsExactlyInAnyOrder(
            "window-years", "contraceptive-rate", "policy-compliant-birth-rate", "late-term-weeks");
    assertThat(sections.get("tianjin.village.1"))
        .containsExactlyInAnyOrder(Section.ORGANIZATION, Section.MEETINGS, Section.ACTIVITIES);
    assertThat(sections.get("tianjin.village.2"))
        .containsExactlyInAnyOrder(Section.INSTRUMENTS, Section.USES_CONTRACT_MANAGEMENT);
    assertThat(sections.get("tianjin.village.9"))
        .containsExactlyInAnyOrder(Section.YEARS, Section.INCIDENTS);
    assertThat(sections.get("tianjin.community.r2")).containsExactly(Section.SURVEYS);
  }

  @Test
  void registry_communityBaseStaysMissing_TJ_R() {
    StandardRegistry registry = StandardRegistry.of(List.of(provider()));
    assertThat(registry.get("tianjin.demonstration-community").isBaseMissing()).isTrue();
    assertThat(registry.problems())
        .anySatisfy(p -> assertThat(p.toString()).contains("tianjin.model-community"));
  }

  @Test
  void registry_selectsTheVillageStandardForATianjinVillage() {
    StandardRegistry registry = StandardRegistry.discover();
    assertThat(
            registry
                .select(TaiziDossier.taizi().unit(), LocalDate.of(2025, 12, 31), "demonstration")
                .prevailing())
        .map(Standard::id)
        .contains("tianjin.demonstration-village");
  }
}

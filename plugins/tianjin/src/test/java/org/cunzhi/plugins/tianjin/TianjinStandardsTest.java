package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

  @Test
  void standards_villageAndCommunity() {
    assertThat(provider().standards(ProviderContext.current()))
        .extracting(Standard::id)
        .containsExactly("tianjin.demonstration-village", "tianjin.demonstration-community");
  }

  @Test
  void registry_communityBaseStaysMissing_TJ_R() {
    StandardRegistry registry = StandardRegistry.of(java.util.List.of(provider()));
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

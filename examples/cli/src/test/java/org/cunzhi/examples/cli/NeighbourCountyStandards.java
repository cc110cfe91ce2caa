package org.cunzhi.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;

/**
 * A test plugin on the command line's test class path: a neighbouring county (codes 120118…, where
 * no sample dossier lies) with two extensions of the Tianjin village standard, one stricter
 * (awareness at least 95%) and one looser (at least 85%). The samples' own county is untouched.
 */
public final class NeighbourCountyStandards implements StandardProvider {
  static final String PREFIX = "120118";
  static final String STRICTER = "test-county.stricter-village";
  static final String LOOSER = "test-county.looser-village";

  /** As {@link java.util.ServiceLoader} makes it. */
  public NeighbourCountyStandards() {}

  private static Standard extension(String id, String awareness) {
    return Standard.builder(id)
        .extending("tianjin.demonstration-village")
        .version("2025")
        .title("邻县示范村标准", "Neighbour county demonstration village")
        .authority("邻县卫生健康委员会")
        .documentNumber("邻县卫健委〔2025〕1号")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.COUNTY)
        .applicability(Applicability.of(UnitKind.VILLAGE, PREFIX))
        .set("awareness-rate", awareness)
        .build();
  }

  @Override
  public List<Standard> standards(ProviderContext context) {
    return List.of(extension(STRICTER, ">= 95%"), extension(LOOSER, ">= 85%"));
  }
}

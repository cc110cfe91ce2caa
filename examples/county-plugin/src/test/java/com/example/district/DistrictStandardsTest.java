package com.example.district;

import java.util.List;
import java.util.Set;
import org.cunzhi.plugins.tianjin.TianjinStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.StandardProviderContract;

/** The conformance kit's definition checks, with the Tianjin standards installed as the base. */
class DistrictStandardsTest implements StandardProviderContract {
  @Override
  public StandardProvider provider() {
    return new DistrictStandards();
  }

  @Override
  public List<StandardProvider> baseProviders() {
    return List.of(new TianjinStandards());
  }

  @Override
  public Set<String> missingBases() {
    // The Tianjin community standard extends the municipal model-community standard, which no
    // plugin provides; it is the base plugin's, not ours.
    return Set.of("tianjin.model-community");
  }
}

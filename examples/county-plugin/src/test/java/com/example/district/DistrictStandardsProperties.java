package com.example.district;

import java.util.List;
import java.util.Set;
import org.cunzhi.plugins.tianjin.TianjinStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.EvaluationContract;

/** The conformance kit's evaluation properties, on the standard joined to its Tianjin base. */
class DistrictStandardsProperties implements EvaluationContract {
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
    return Set.of("tianjin.model-community");
  }
}

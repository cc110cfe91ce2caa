package org.cunzhi.plugins.tianjin;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.Dossiers;
import org.cunzhi.spi.tck.EvaluationContract;

/** The Tianjin standards over the kit's generated dossiers and the example dossiers. */
class TianjinStandardsProperties implements EvaluationContract {

  @Override
  public StandardProvider provider() {
    return new TianjinStandards();
  }

  @Override
  @Provide
  public Arbitrary<Dossier> dossiers() {
    return Arbitraries.oneOf(
        Dossiers.any(),
        Arbitraries.of(TaiziDossier.taizi(), TaiziDossier.dongying(), TaiziDossier.xihe()));
  }
}

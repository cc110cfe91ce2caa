package org.cunzhi.plugins.integrity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.Dossiers;
import org.cunzhi.spi.tck.EvaluationContract;

/** The integrity standard over the kit's generated dossiers and the example dossiers. */
class IntegrityStandardsProperties implements EvaluationContract {

  @Override
  public StandardProvider provider() {
    return new IntegrityStandards();
  }

  @Override
  @Provide
  public Arbitrary<Dossier> dossiers() {
    return Arbitraries.oneOf(
        Dossiers.any(), Arbitraries.of(Samples.taizi(), Samples.dongying(), Samples.xihe()));
  }
}

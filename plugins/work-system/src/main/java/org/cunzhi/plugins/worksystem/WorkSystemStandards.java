package org.cunzhi.plugins.worksystem;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;

/**
 * Offers the village work-system standard, {@code work-system.village}. Found by {@link
 * java.util.ServiceLoader}; stateless.
 */
public final class WorkSystemStandards implements StandardProvider {
  private static final ImmutableList<Standard> STANDARDS =
      ImmutableList.of(VillageWorkSystem.standard());

  /** The provider, as {@link java.util.ServiceLoader} makes it. */
  public WorkSystemStandards() {}

  @Override
  public List<Standard> standards(ProviderContext context) {
    return STANDARDS;
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }
}

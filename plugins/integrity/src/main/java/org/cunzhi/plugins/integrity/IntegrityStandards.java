package org.cunzhi.plugins.integrity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;

/**
 * Offers the integrity "five goods" standard, {@code integrity.five-goods-village}. Found by {@link
 * java.util.ServiceLoader}; stateless.
 */
public final class IntegrityStandards implements StandardProvider {
  private static final ImmutableList<Standard> STANDARDS =
      ImmutableList.of(FiveGoodsVillage.standard());

  /** The provider, as {@link java.util.ServiceLoader} makes it. */
  public IntegrityStandards() {}

  @Override
  public List<Standard> standards(ProviderContext context) {
    return STANDARDS;
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }
}

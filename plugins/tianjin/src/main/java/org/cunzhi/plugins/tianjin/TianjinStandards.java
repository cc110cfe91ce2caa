package org.cunzhi.plugins.tianjin;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;

/**
 * Offers the Tianjin municipal demonstration standards: {@code tianjin.demonstration-village} and
 * {@code tianjin.demonstration-community} (which extends {@code tianjin.model-community}, a
 * standard no plugin provides, so a community can never be found to meet it). Found by {@link
 * java.util.ServiceLoader}; stateless.
 */
public final class TianjinStandards implements StandardProvider {
  private static final ImmutableList<Standard> STANDARDS =
      ImmutableList.of(DemonstrationVillage.standard(), DemonstrationCommunity.standard());

  /** The provider, as {@link java.util.ServiceLoader} makes it. */
  public TianjinStandards() {}

  @Override
  public List<Standard> standards(ProviderContext context) {
    return STANDARDS;
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }
}

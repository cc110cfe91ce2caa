package org.cunzhi.spi.tck;

import java.util.List;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;

/**
 * The good provider's standards under the family {@code no-provides}, for {@link
 * Fixtures.NoProvidesCheck}, which loads this class anew in another class loader: so it uses only
 * public types of its package.
 */
public final class NoProvidesProvider implements StandardProvider {
  /** The provider, as {@link java.util.ServiceLoader} makes it. */
  public NoProvidesProvider() {}

  @Override
  public List<Standard> standards(ProviderContext context) {
    return GoodProvider.standardsOf("no-provides");
  }
}

package org.cunzhi.spi.tck;

import java.util.List;
import java.util.Set;
import org.cunzhi.spi.StandardProvider;

/**
 * The plugin a contract checks: its provider, and what its standards extend. The contracts build
 * the registry as a host would, {@code StandardRegistry.of(baseProviders() + provider())}, so a
 * standard that extends another plugin's is checked and evaluated joined to its base.
 *
 * <pre>{@code
 * class CountyVariantTest implements StandardProviderContract {
 *   @Override
 *   public StandardProvider provider() {
 *     return new CountyVariant();
 *   }
 *
 *   @Override
 *   public List<StandardProvider> baseProviders() {
 *     return List.of(new TianjinStandards());
 *   }
 * }
 * }</pre>
 */
public interface PluginUnderTest {

  /** The provider under test, freshly made. */
  StandardProvider provider();

  /**
   * The providers of the standards that the provider's standards extend ({@code extending(...)}),
   * installed beside it, in this order: none unless overridden. A standard that extends a base that
   * neither the provider nor these offer fails {@link
   * StandardProviderContract#registry_acceptsEveryStandard()}, unless {@link #missingBases()} names
   * the base.
   */
  default List<StandardProvider> baseProviders() {
    return List.of();
  }

  /**
   * The ids of bases that the provider's standards extend knowingly although no plugin offers them
   * (e.g. a standard whose text is not published): those standards can never MEET, and the kit
   * accepts that only for the bases named here. None unless overridden.
   */
  default Set<String> missingBases() {
    return Set.of();
  }
}

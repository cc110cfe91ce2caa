package org.cunzhi.spi;

import java.util.List;
import org.cunzhi.core.standard.Standard;

/**
 * What a plugin implements: a source of standards. A host finds providers with {@link
 * java.util.ServiceLoader}, so an implementation is a public class with a public no-argument
 * constructor (or, on the module path, a public static {@code provider()} method), registered with
 * {@code provides org.cunzhi.spi.StandardProvider with ...} in its module and in {@code
 * META-INF/services/org.cunzhi.spi.StandardProvider} for the class path.
 *
 * <p>An implementation should be cheap to construct and free of side effects: the registry calls
 * {@link #standards} once. It must be thread-safe if it keeps state; the standards it returns are
 * immutable anyway.
 */
public interface StandardProvider {

  /**
   * The standards this provider offers, each with an id unique across all plugins (prefix it with
   * the plugin's own family, e.g. {@code tianjin.}).
   */
  List<Standard> standards(ProviderContext context);

  /**
   * The SPI version this provider was built against; the registry skips a provider that the host
   * cannot run. The default answers the host's own version and so always passes: override it with
   * the literal version (e.g. {@code SpiVersion.of(1, 0)}) to have a mismatch caught.
   */
  default SpiVersion spiVersion() {
    return SpiVersion.CURRENT;
  }
}

package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

/**
 * What the host offers a {@link StandardProvider} when it asks for standards. New capabilities
 * arrive here as new methods, so the provider interface itself stays as it is. Immutable.
 */
public final class ProviderContext {
  private static final ProviderContext CURRENT = new ProviderContext(SpiVersion.CURRENT);

  private final SpiVersion spiVersion;

  private ProviderContext(SpiVersion spiVersion) {
    this.spiVersion = requireNonNull(spiVersion, "spiVersion");
  }

  /** The context this host offers. */
  public static ProviderContext current() {
    return CURRENT;
  }

  /** The SPI version of the host. */
  public SpiVersion spiVersion() {
    return spiVersion;
  }

  @Override
  public String toString() {
    return "ProviderContext[spi " + spiVersion + "]";
  }
}

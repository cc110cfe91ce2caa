package org.cunzhi.spi;

import java.util.List;
import org.cunzhi.core.standard.Standard;

/** A provider registered in the test services file whose constructor throws. */
public final class ThrowingConstructorProvider implements StandardProvider {
  public ThrowingConstructorProvider() {
    throw new IllegalStateException("no configuration found");
  }

  @Override
  public List<Standard> standards(ProviderContext context) {
    return List.of();
  }
}

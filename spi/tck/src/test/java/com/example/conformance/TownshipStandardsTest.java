package com.example.conformance;

import com.example.township.TownshipStandards;
import java.util.Set;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.StandardProviderContract;

/**
 * The end-to-end test's township plugin passes the kit's definition checks, its standard that
 * extends a missing base included: the test names that base as known to be missing.
 */
class TownshipStandardsTest implements StandardProviderContract {
  @Override
  public StandardProvider provider() {
    return new TownshipStandards();
  }

  @Override
  public Set<String> missingBases() {
    return Set.of("example-prefecture.demonstration-village");
  }
}

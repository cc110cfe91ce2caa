package com.example.conformance;

import com.example.township.TownshipStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.StandardProviderContract;

/**
 * The end-to-end test's township plugin passes the kit's definition checks, its standard that
 * extends a missing base included.
 */
class TownshipStandardsTest implements StandardProviderContract {
  @Override
  public StandardProvider provider() {
    return new TownshipStandards();
  }
}

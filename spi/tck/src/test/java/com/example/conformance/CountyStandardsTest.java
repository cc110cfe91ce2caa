package com.example.conformance;

import com.example.county.CountyStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.StandardProviderContract;

/** The README's sample plugin passes the kit's definition checks, as the README shows. */
class CountyStandardsTest implements StandardProviderContract {
  @Override
  public StandardProvider provider() {
    return new CountyStandards();
  }
}

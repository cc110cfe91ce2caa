package com.example.conformance;

import com.example.township.TownshipStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.EvaluationContract;

/** The end-to-end test's township plugin passes the kit's evaluation properties. */
class TownshipStandardsProperties implements EvaluationContract {
  @Override
  public StandardProvider provider() {
    return new TownshipStandards();
  }
}

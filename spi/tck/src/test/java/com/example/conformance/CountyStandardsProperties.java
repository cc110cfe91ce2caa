package com.example.conformance;

import com.example.county.CountyStandards;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.tck.EvaluationContract;

/** The README's sample plugin passes the kit's evaluation properties, as the README shows. */
class CountyStandardsProperties implements EvaluationContract {
  @Override
  public StandardProvider provider() {
    return new CountyStandards();
  }
}

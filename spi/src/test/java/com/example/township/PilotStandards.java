package com.example.township;

import static com.example.township.TownshipStandards.MESSAGES;
import static com.example.township.TownshipStandards.item;
import static com.example.township.TownshipStandards.village;

import java.util.List;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;

/**
 * A second provider of the township, standing for a plugin with a bug: its rewards check divides by
 * the number of rewards owed, which may be none. The conformance kit would reject it, so it is not
 * run on it; the end-to-end test uses it to see a broken check reported as ERROR.
 */
public final class PilotStandards implements StandardProvider {
  static final String PILOT_VILLAGE = "example-township.pilot-village";
  static final String REWARDS = "example-township.pilot.rewards";

  @Override
  public List<Standard> standards(ProviderContext context) {
    Criterion rewards =
        Criterion.builder(REWARDS)
            .title(MESSAGES.text("criterion.rewards"))
            .reference(item(7))
            .check(new RewardShareCheck())
            .build();
    return List.of(
        village(PILOT_VILLAGE, "standard.pilot-village").criteria(List.of(rewards)).build());
  }
}

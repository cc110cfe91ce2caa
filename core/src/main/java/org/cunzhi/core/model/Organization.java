package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unit's bodies and roles (D-ORG).
 *
 * @param partyBranch whether a party branch exists
 * @param villagersCommittee whether a villagers' (residents') committee exists
 * @param cadres the family-planning cadres
 * @param groupLeaders central household heads and women's group leaders
 * @param association the family-planning association; null when the unit has none
 */
public record Organization(
    boolean partyBranch,
    boolean villagersCommittee,
    List<Cadre> cadres,
    GroupLeaders groupLeaders,
    @Nullable Association association) {

  public Organization {
    cadres = ImmutableList.copyOf(cadres);
    requireNonNull(groupLeaders, "groupLeaders");
  }
}

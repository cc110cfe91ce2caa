package org.cunzhi.plugins.tianjin.campaign;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which village-level municipal awards consider units (TJ-C3: "应优先从…示范村（居）中产生"):
 * demonstration units first. The plan gives no further order, so ties are broken by division code,
 * ascending: neutral and stable, so that the same candidates always rank the same way. The ranking
 * says who is considered first, not who deserves the award.
 */
public final class AwardPreference {
  private static final Comparator<AwardCandidate> ORDER =
      Comparator.comparing((AwardCandidate c) -> !c.demonstration())
          .thenComparing(AwardCandidate::unit);

  private AwardPreference() {}

  /** The preference as a comparator: demonstration units first, then by division code. */
  public static Comparator<AwardCandidate> order() {
    return ORDER;
  }

  /** {@code candidates} in order of preference. */
  public static List<AwardCandidate> rank(Collection<AwardCandidate> candidates) {
    return ImmutableList.sortedCopyOf(ORDER, candidates);
  }
}

package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Set;

/**
 * A posting on the village-affairs board (TJ-V6, D-PROC-2).
 *
 * @param date when it was posted
 * @param covers what it covers
 */
public record Disclosure(LocalDate date, Set<DisclosureTopic> covers) {
  public Disclosure {
    requireNonNull(date, "date");
    covers = Sets.immutableEnumSet(covers);
  }
}

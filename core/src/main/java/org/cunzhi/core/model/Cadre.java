package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A family-planning cadre (D-ORG-2).
 *
 * @param role full time or part time
 * @param dutiesDefined whether the cadre's duties are written down
 * @param selectedBy how the villagers got this cadre; null when not given
 */
public record Cadre(CadreRole role, boolean dutiesDefined, @Nullable CadreSelection selectedBy) {
  public Cadre {
    requireNonNull(role, "role");
  }
}

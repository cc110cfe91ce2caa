package org.cunzhi.core.model;

/** The days an activity may mark (D-PROC-5). */
public enum Occasion {
  WORLD_POPULATION_DAY,
  MEMBER_DAY_0529
}

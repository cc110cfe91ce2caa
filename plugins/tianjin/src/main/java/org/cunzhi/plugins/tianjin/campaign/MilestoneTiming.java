package org.cunzhi.plugins.tianjin.campaign;

/** How a milestone's dates are meant. */
public enum MilestoneTiming {
  /** Due by the milestone's last day. */
  DEADLINE,
  /** Runs from the first day to the last, both included. */
  PERIOD,
  /** About then: the plan gives the time only roughly (e.g. "about November"). */
  APPROXIMATE
}

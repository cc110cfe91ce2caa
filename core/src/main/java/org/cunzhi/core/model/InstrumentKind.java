package org.cunzhi.core.model;

/** The kinds of instrument a village adopts (D-CH-1). */
public enum InstrumentKind {
  SELF_GOVERNANCE_CHARTER,
  FAMILY_PLANNING_COVENANT,
  FAMILY_PLANNING_CONTRACT
}

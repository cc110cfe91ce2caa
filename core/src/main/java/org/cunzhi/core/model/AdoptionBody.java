package org.cunzhi.core.model;

/** The body that voted an instrument in (D-CH-3). */
public enum AdoptionBody {
  VILLAGERS_ASSEMBLY,
  REPRESENTATIVES_ASSEMBLY
}

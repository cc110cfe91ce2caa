package org.cunzhi.core.standard;

/**
 * The level of government that issues a standard. Declared from the highest: a national standard
 * prevails over a municipal one, which prevails over a county one, which prevails over a township's
 * (D-ADM-4).
 */
public enum JurisdictionLevel {
  NATIONAL,
  MUNICIPAL,
  COUNTY,
  TOWNSHIP;

  /** Whether this level prevails over {@code other}. */
  public boolean prevailsOver(JurisdictionLevel other) {
    return ordinal() < other.ordinal();
  }
}

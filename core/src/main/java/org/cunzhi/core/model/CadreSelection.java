package org.cunzhi.core.model;

/** How the villagers got a cadre (D-CH-6): elected, or appointed. */
public enum CadreSelection {
  ELECTION,
  APPOINTMENT
}

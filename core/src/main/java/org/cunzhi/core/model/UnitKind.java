package org.cunzhi.core.model;

/** What kind of unit a dossier describes (D-ADM-1). */
public enum UnitKind {
  /** A village, run by a villagers' committee (村). */
  VILLAGE,
  /** A residential community, run by a residents' committee (居/社区). */
  COMMUNITY
}

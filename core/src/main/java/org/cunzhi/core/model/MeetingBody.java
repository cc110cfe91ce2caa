package org.cunzhi.core.model;

/** The bodies whose meetings a dossier records (D-PROC-1, -5, -6). */
public enum MeetingBody {
  TWO_COMMITTEES,
  VILLAGERS_ASSEMBLY,
  REPRESENTATIVES_ASSEMBLY,
  ASSOCIATION_COUNCIL,
  ASSOCIATION_STANDING_COUNCIL,
  MEMBER_CONGRESS,
  GROUP_LEADERS_MONTHLY,
  GROUP
}

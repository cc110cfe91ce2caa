package org.cunzhi.core.model;

/** What a posting on the village-affairs board covers (TJ-V6, D-PROC-2). */
public enum DisclosureTopic {
  POLICY,
  IMPLEMENTATION,
  FINANCE,
  REWARDS,
  ASSISTANCE,
  OTHER
}

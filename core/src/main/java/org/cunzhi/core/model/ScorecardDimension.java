package org.cunzhi.core.model;

/** The five dimensions a scorecard scores (DOMAIN CV-D1), named as in DOSSIER-v1. */
public enum ScorecardDimension {
  /** Organisation. */
  ORGANIZATION,
  /** Institutions. */
  INSTITUTIONS,
  /** Publicity and service. */
  PUBLICITY_SERVICE,
  /** Integrity. */
  INTEGRITY,
  /** Rewards and assistance. */
  REWARDS_ASSISTANCE
}

package org.cunzhi.core.model;

/** An inspector's finding on a criterion. */
public enum Finding {
  MET,
  NOT_MET
}

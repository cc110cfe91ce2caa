package org.cunzhi.core.model;

/** The eight rights (八权) that self-governance guarantees to the people (D-CH-5). */
public enum EightRights {
  KNOW("知情权", "the right to know"),
  PARTICIPATE("参与权", "the right to participate"),
  ELECT("选举权", "the right to elect"),
  VOTE("表决权", "the right to vote"),
  MANAGE("管理权", "the right to manage"),
  SUPERVISE("监督权", "the right to supervise"),
  VESTED_INTERESTS("实现法定既得利益权", "the right to realise lawful vested interests"),
  REPRODUCTIVE_HEALTH("生育生殖保健权", "reproductive and reproductive-health rights");

  private final String chinese;
  private final String english;

  EightRights(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The right's Chinese name. */
  public String chinese() {
    return chinese;
  }

  /** The right's English name. */
  public String english() {
    return english;
  }
}

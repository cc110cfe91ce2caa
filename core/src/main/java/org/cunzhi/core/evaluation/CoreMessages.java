package org.cunzhi.core.evaluation;

import org.cunzhi.core.rule.Messages;

/** Core's report text, loaded once. */
final class CoreMessages {
  private static final Messages MESSAGES =
      Messages.load(CoreMessages.class, "/org/cunzhi/core/messages");

  private CoreMessages() {}

  static Messages get() {
    return MESSAGES;
  }
}

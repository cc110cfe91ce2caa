package org.cunzhi.core.evaluation;

import org.cunzhi.core.rule.Messages;

/** Core's report text, loaded once. */
final class CoreMessages {
  private CoreMessages() {}

  static Messages get() {
    return Messages.core();
  }
}

package org.cunzhi.plugins.integrity;

import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Message;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Reason;

/**
 * The plugin's report text, read once from {@code META-INF/cunzhi/integrity/messages_{zh,en}}.
 * Numbers and dates go in as plain text; an argument that is a {@link LocalizedText} goes in in the
 * message's own language.
 */
final class IntegrityText {
  private static final Messages MESSAGES =
      Messages.load(IntegrityText.class, "/META-INF/cunzhi/integrity/messages");

  private IntegrityText() {}

  /** The message {@code key}, unrendered. */
  static Message text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof LocalizedText ? args[i] : String.valueOf(args[i]);
    }
    return MESSAGES.text(key, plain);
  }

  /** A reason made from the message {@code key}. */
  static Reason reason(String key, Object... args) {
    return new Reason(key, text(key, args));
  }
}

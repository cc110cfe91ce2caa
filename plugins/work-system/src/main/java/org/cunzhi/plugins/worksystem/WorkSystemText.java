package org.cunzhi.plugins.worksystem;

import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Message;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Reason;

/**
 * The plugin's report text, read once from {@code META-INF/cunzhi/worksystem/messages_{zh,en}}.
 * Numbers and dates go in as plain text; an argument that is a {@link LocalizedText} goes in in the
 * message's own language.
 */
final class WorkSystemText {
  private static final Messages MESSAGES =
      Messages.load(WorkSystemText.class, "/META-INF/cunzhi/worksystem/messages");

  private WorkSystemText() {}

  /** The plugin's bundle, for core's procedures worded in the plugin's text. */
  static Messages messages() {
    return MESSAGES;
  }

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

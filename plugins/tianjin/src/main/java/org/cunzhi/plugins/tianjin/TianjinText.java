package org.cunzhi.plugins.tianjin;

import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Reason;

/**
 * The plugin's report text, read once from {@code META-INF/cunzhi/tianjin/messages_{zh,en}}.
 * Numbers and dates go in as plain text (a year prints as 2024, never 2,024); an argument that is a
 * {@link LocalizedText} goes in in the message's own language. Public only so that the campaign
 * package of this module can use it; the package is not exported.
 */
public final class TianjinText {
  private static final Messages MESSAGES =
      Messages.load(TianjinText.class, "/META-INF/cunzhi/tianjin/messages");

  private TianjinText() {}

  /** The bundle itself. */
  public static Messages messages() {
    return MESSAGES;
  }

  /** The message {@code key} in both languages. */
  public static LocalizedText text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof LocalizedText ? args[i] : String.valueOf(args[i]);
    }
    return MESSAGES.text(key, plain);
  }

  /** A reason made from the message {@code key}. */
  public static Reason reason(String key, Object... args) {
    return new Reason(key, text(key, args));
  }
}

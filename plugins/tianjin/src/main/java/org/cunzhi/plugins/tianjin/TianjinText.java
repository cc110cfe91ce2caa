package org.cunzhi.plugins.tianjin;

import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Reason;

/**
 * The plugin's report text, read once from {@code META-INF/cunzhi/tianjin/messages_{zh,en}}.
 * Arguments go in as text (so a year prints as 2024, never 2,024); an argument that is itself a
 * {@link LocalizedText} goes in in the language of the message it is put into. Public only so the
 * campaign package of this module can use it; the package is not exported.
 */
public final class TianjinText {
  private static final Messages MESSAGES =
      Messages.load(TianjinText.class, "/META-INF/cunzhi/tianjin/messages");
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private TianjinText() {}

  /** The bundle itself. */
  public static Messages messages() {
    return MESSAGES;
  }

  /** The message {@code key} in both languages. */
  public static LocalizedText text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    boolean localized = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof LocalizedText) {
        plain[i] = OPEN + Integer.toString(i) + CLOSE;
        localized = true;
      } else {
        plain[i] = String.valueOf(args[i]);
      }
    }
    LocalizedText t = MESSAGES.text(key, plain);
    if (!localized) {
      return t;
    }
    String zh = t.zh();
    String en = t.en();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof LocalizedText l) {
        String marker = OPEN + Integer.toString(i) + CLOSE;
        zh = zh.replace(marker, l.zh());
        en = en.replace(marker, l.en());
      }
    }
    return new LocalizedText(zh, en);
  }

  /** A reason made from the message {@code key}. */
  public static Reason reason(String key, Object... args) {
    return new Reason(key, text(key, args));
  }
}

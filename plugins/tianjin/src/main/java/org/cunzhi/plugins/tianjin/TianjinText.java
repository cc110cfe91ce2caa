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
      Object arg = args[i];
      plain[i] =
          arg instanceof String || arg instanceof LocalizedText
              ? arg
              : arg instanceof Integer n ? numeral(n) : String.valueOf(arg);
    }
    return MESSAGES.text(key, plain);
  }

  private static final int KEPT = 1024;

  // A count's text, written on first use, racily: a String is immutable and safely published
  // through its final fields, so a thread that misses another's entry writes its own equal copy.
  private static final String[] NUMERALS = new String[KEPT];

  /** {@code String.valueOf(n)}, kept for the small counts that most arguments are. */
  private static String numeral(int n) {
    if (n < 0 || n >= KEPT) {
      return String.valueOf(n);
    }
    String known = NUMERALS[n];
    if (known == null) {
      known = String.valueOf(n);
      NUMERALS[n] = known;
    }
    return known;
  }

  /** A reason made from the message {@code key}. */
  public static Reason reason(String key, Object... args) {
    return new Reason(key, text(key, args));
  }
}

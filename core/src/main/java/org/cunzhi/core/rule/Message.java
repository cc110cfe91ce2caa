package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A text not yet written: a key of a bundle ({@link Messages}) and its arguments. It is rendered in
 * a language only when {@link #zh()}, {@link #en()} or {@link #in(Language)} is asked, so an
 * evaluation that builds thousands of reasons formats none of them; a report writer renders each
 * once, in the language requested, and can also give the key and arguments to other systems.
 *
 * <p>Arguments are values, not text: strings, whole numbers (written plainly, never grouped: 2025,
 * not 2,025), decimals (plain), dates ({@code yyyy-MM-dd}) and other texts (rendered in the same
 * language). Equal keys of the same bundle with equal arguments are equal messages.
 *
 * @param bundle the bundle the key belongs to
 * @param key the message key
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}} …
 */
public record Message(Messages bundle, String key, List<Object> args) implements LocalizedText {

  public Message {
    requireNonNull(bundle, "bundle");
    requireNonNull(key, "key");
    args = ImmutableList.copyOf(args);
  }

  @Override
  public String zh() {
    return bundle.render(key, Language.ZH, args);
  }

  @Override
  public String en() {
    return bundle.render(key, Language.EN, args);
  }

  @Override
  public String in(Language language) {
    return bundle.render(key, language, args);
  }

  /** {@code Message[bundle key args]}: the key and arguments, never rendered text. */
  @Override
  public String toString() {
    return "Message[" + bundle.base() + " " + key + " " + args + "]";
  }
}

package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.internal.collect.Lists;

/**
 * A text not yet written: a key of a bundle ({@link Messages}) and its arguments. It is rendered in
 * a language only when {@link #zh()}, {@link #en()} or {@link #in(Language)} is asked, so an
 * evaluation that builds thousands of reasons formats none of them; a report writer renders each
 * once, in the language requested, and can also give the key and arguments to other systems.
 *
 * <p>Arguments are values, not text: strings, whole numbers (written plainly, never grouped: 2025,
 * not 2,025), decimals (plain), dates ({@code yyyy-MM-dd}), thresholds ({@code 90%} in a title),
 * and other texts (rendered in the same language). Equal keys of the same bundle with equal
 * arguments are equal messages.
 *
 * <p>A pattern may also name a parameter, {@code {awareness-rate}}: a criterion's title does, so
 * that "知晓率达到{awareness-rate}以上" follows a tailoring. Such names are filled from {@link #named()},
 * the parameter values in force (see {@link #withNamed}); a threshold is written as its percentage
 * ({@code 95%}). A name with no value is written as it stands.
 *
 * @param bundle the bundle the key belongs to
 * @param key the message key
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}} …
 * @param named values for the parameters the pattern names, by parameter key
 */
public record Message(Messages bundle, String key, List<Object> args, Map<String, Object> named)
    implements LocalizedText {

  public Message {
    requireNonNull(bundle, "bundle");
    requireNonNull(key, "key");
    args = Lists.immutable(args);
    named = ImmutableSortedMap.copyOf(named);
  }

  /** A message with positional arguments only. */
  public Message(Messages bundle, String key, List<Object> args) {
    this(bundle, key, args, ImmutableSortedMap.of());
  }

  /** This message with {@code values} for the parameters its pattern names. */
  public Message withNamed(Map<String, ?> values) {
    return new Message(bundle, key, args, ImmutableSortedMap.copyOf(values));
  }

  @Override
  public String zh() {
    return in(Language.ZH);
  }

  @Override
  public String en() {
    return in(Language.EN);
  }

  @Override
  public String in(Language language) {
    return bundle.render(key, language, args, named);
  }

  /** {@code Message[bundle key args]}: the key and arguments, never rendered text. */
  @Override
  public String toString() {
    return "Message["
        + bundle.base()
        + " "
        + key
        + " "
        + args
        + (named.isEmpty() ? "" : " " + named)
        + "]";
  }
}

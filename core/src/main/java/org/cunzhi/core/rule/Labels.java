package org.cunzhi.core.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cunzhi.core.model.Section;

/** Names of things in plain words, from core's bundle, for the shared checks' text. */
final class Labels {
  private Labels() {}

  /** Core's label {@code label.<name>}, or the name itself when core has none. */
  static LocalizedText of(String name) {
    Messages core = Messages.core();
    return core.has("label." + name) ? core.text("label." + name) : LocalizedText.of(name, name);
  }

  /** Core's label for the counted part of the rate {@code name}, or a general one. */
  static LocalizedText countedOf(String name) {
    Messages core = Messages.core();
    return core.has("counted." + name)
        ? core.text("counted." + name)
        : core.text("counted.default");
  }

  /** A section's name in plain words. */
  static LocalizedText of(Section section) {
    return Messages.core().text("section." + section.fieldName());
  }

  /** The label of an enum constant, {@code <prefix>.<NAME>} in core's bundle. */
  static LocalizedText of(String prefix, Enum<?> constant) {
    return Messages.core().text(prefix + "." + constant.name());
  }

  /** Texts joined as a list: 、 in Chinese, commas in English. */
  static LocalizedText join(List<LocalizedText> texts) {
    ImmutableList<LocalizedText> all = ImmutableList.copyOf(texts);
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        zh.append('、');
        en.append(", ");
      }
      zh.append(all.get(i).zh());
      en.append(all.get(i).en());
    }
    return LocalizedText.of(zh.toString(), en.toString());
  }
}

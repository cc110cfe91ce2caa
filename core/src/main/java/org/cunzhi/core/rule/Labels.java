package org.cunzhi.core.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * Names of things in plain words, from core's bundle, for the shared checks' text. Each label is
 * looked up once and kept: a label is a message without arguments, equal to any other made from the
 * same key, and the checks name the same few things in every evaluation.
 */
final class Labels {
  // key -> label; bounded by core's bundle and the names the checks are built with
  private static final ConcurrentHashMap<String, LocalizedText> LABELS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, LocalizedText> COUNTED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, ConcurrentHashMap<Enum<?>, LocalizedText>>
      CONSTANTS = new ConcurrentHashMap<>();
  // a section's label, made on first use (racily: a message is immutable, its fields final)
  private static final @Nullable LocalizedText[] SECTIONS =
      new LocalizedText[Section.values().length];

  private Labels() {}

  /** Core's label {@code label.<name>}, or the name itself when core has none. */
  static LocalizedText of(String name) {
    LocalizedText known = LABELS.get(name);
    if (known != null) {
      return known;
    }
    Messages core = Messages.core();
    LocalizedText label =
        core.has("label." + name) ? core.text("label." + name) : LocalizedText.of(name, name);
    LABELS.putIfAbsent(name, label);
    return label;
  }

  /** Core's label for the counted part of the rate {@code name}, or a general one. */
  static LocalizedText countedOf(String name) {
    LocalizedText known = COUNTED.get(name);
    if (known != null) {
      return known;
    }
    Messages core = Messages.core();
    LocalizedText label =
        core.has("counted." + name) ? core.text("counted." + name) : core.text("counted.default");
    COUNTED.putIfAbsent(name, label);
    return label;
  }

  /** A section's name in plain words. */
  static LocalizedText of(Section section) {
    LocalizedText known = SECTIONS[section.ordinal()];
    if (known == null) {
      known = Messages.core().text("section." + section.fieldName());
      SECTIONS[section.ordinal()] = known;
    }
    return known;
  }

  /** The label of an enum constant, {@code <prefix>.<NAME>} in core's bundle. */
  static LocalizedText of(String prefix, Enum<?> constant) {
    ConcurrentHashMap<Enum<?>, LocalizedText> labels = CONSTANTS.get(prefix);
    if (labels == null) {
      labels = CONSTANTS.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
    }
    LocalizedText known = labels.get(constant);
    if (known != null) {
      return known;
    }
    LocalizedText label = Messages.core().text(prefix + "." + constant.name());
    labels.putIfAbsent(constant, label);
    return label;
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

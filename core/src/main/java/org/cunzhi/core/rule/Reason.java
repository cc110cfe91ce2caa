package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

/**
 * Why a check came out as it did, in plain words, in both languages. The key names the message it
 * was made from, so tests and other systems can match it without parsing prose.
 *
 * @param key the message key, e.g. {@code rate.below-threshold}
 * @param text the message in Chinese and English
 */
public record Reason(String key, LocalizedText text) {
  public Reason {
    requireNonNull(key, "key");
    requireNonNull(text, "text");
  }
}

package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Where a rule comes from: an instrument, its version or date, and the article or item.
 *
 * @param instrument the instrument's name or document number, e.g. 示例县卫健委〔2025〕3号 or "Organic Law
 *     of Villagers' Committees"
 * @param version the version or date of the text relied on, e.g. "2018"; null when there is one
 * @param article the article, item or section, e.g. "art. 22" or "item 9"; null for the whole
 */
public record LegalReference(
    String instrument, @Nullable String version, @Nullable String article) {
  public LegalReference {
    requireNonNull(instrument, "instrument");
  }

  /** A reference to {@code article} of {@code instrument} in {@code version}. */
  public static LegalReference of(String instrument, String version, String article) {
    return new LegalReference(instrument, version, article);
  }

  /** As reports print it, e.g. {@code 村民委员会组织法 (2018) art. 22}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(instrument);
    if (version != null) {
      s.append(" (").append(version).append(')');
    }
    if (article != null) {
      s.append(' ').append(article);
    }
    return s.toString();
  }
}
